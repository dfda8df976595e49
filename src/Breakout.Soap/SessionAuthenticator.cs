using System.Net;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Soap.Operations;
using Breakout.Storage;

namespace Breakout.Soap;

/// <summary>
/// Turns a <c>CventSessionHeader</c> value into a <see cref="Caller"/>, or the Cvent security fault:
/// missing CV10107, unknown or garbled CV10104, expired CV10105, user disabled CV10101, wrong address CV10106.
/// Tokens are looked up by hash in the store, so any node sharing the database accepts them. When the daily quota
/// is on, an admitted call is also counted, atomically in the store, and refused with CV30100 beyond the limit.
/// </summary>
public sealed class SessionAuthenticator(IBreakoutStore store, TimeProvider time, ApiQuota quota)
{
    public async Task<Caller> AuthenticateAsync(string? sessionValue, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionValue))
        {
            throw new SoapFaultException(CventErrors.UnknownHeaderValue,
                "The CventSessionHeader is missing or empty: call Login and send its CventSessionHeader value as CventSessionHeader/CventSessionValue in namespace " + SoapNamespaces.Tns + ".");
        }

        var token = sessionValue.Length <= SessionToken.MaxLength
            ? await store.FindTokenAsync(SessionToken.Hash(sessionValue), cancellationToken)
            : null;
        if (token is null)
        {
            throw new SoapFaultException(CventErrors.InvalidHeaderValue, "The CventSessionHeader value is not a session issued by this server.");
        }

        if (token.ExpiresAt <= time.GetUtcNow())
        {
            throw new SoapFaultException(CventErrors.SessionExpired, $"The session expired at {token.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}; call Login again.");
        }

        if (!token.UserActive)
        {
            throw new SoapFaultException(CventErrors.NoAccess, "The API user of this session has been deactivated.");
        }

        if (!IpAllowList.Parse(token.AllowedIps).Allows(remoteAddress))
        {
            throw new SoapFaultException(CventErrors.InvalidIp, $"The API user may not call from {remoteAddress}.");
        }

        if (quota.Enabled && await store.CountApiCallAsync(token.AccountKey, quota.DayOf(time.GetUtcNow()), quota.DailyLimit, cancellationToken) is null)
        {
            throw new SoapFaultException(CventErrors.ApiCallLimit,
                $"The account has made its {quota.DailyLimit} API calls for today; the count starts again at midnight ({quota.TimeZone.Id}).");
        }

        return new Caller(token.AccountKey, token.ApiUserKey, sessionValue);
    }
}
