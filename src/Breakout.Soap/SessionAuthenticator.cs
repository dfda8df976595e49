using System.Collections.Concurrent;
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
/// is on, an admitted call is also counted, atomically in the store, and refused with CV30100 beyond the limit; when
/// it is off, the call is counted in memory by <see cref="ApiCallCounter"/> for DescribeGlobal.
/// </summary>
/// <remarks>
/// The token's hash and its user's parsed allow-list are remembered per token value (both are functions of what
/// they are computed from, so remembering them changes no answer; token values are compared in constant time);
/// the grant itself is looked up on every call, and the store decides how fresh that lookup must be.
/// </remarks>
public sealed class SessionAuthenticator(IBreakoutStore store, TimeProvider time, ApiQuota quota, ApiCallCounter counter, Telemetry.SoapTelemetry? telemetry = null)
{
    /// <summary>Token values remembered at most; only values the store knows are added, and past this it starts again.</summary>
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> remembered = new(FixedTimeStringComparer.Instance);

    private sealed record Remembered(string Hash, string AllowedIps, IpAllowList AllowList);

    /// <param name="call">The call being measured (observability: it is tied to the token's account as soon as the token is found), or null.</param>
    public async Task<Caller> AuthenticateAsync(string? sessionValue, IPAddress? remoteAddress, Telemetry.SoapCall? call, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionValue))
        {
            throw new SoapFaultException(CventErrors.UnknownHeaderValue,
                "The CventSessionHeader is missing or empty: call Login and send its CventSessionHeader value as CventSessionHeader/CventSessionValue in namespace " + SoapNamespaces.Tns + ".");
        }

        remembered.TryGetValue(sessionValue, out var known);
        var hash = known?.Hash ?? (sessionValue.Length <= SessionToken.MaxLength ? SessionToken.Hash(sessionValue) : null);
        var token = hash is not null ? await store.FindTokenAsync(hash, cancellationToken) : null;
        if (token is null)
        {
            throw new SoapFaultException(CventErrors.InvalidHeaderValue, "The CventSessionHeader value is not a session issued by this server.");
        }

        if (call is not null)
        {
            Telemetry.SoapTelemetry.Token(call, token); // observability
        }

        if (token.ExpiresAt <= time.GetUtcNow())
        {
            throw new SoapFaultException(CventErrors.SessionExpired, $"The session expired at {token.ExpiresAt:yyyy-MM-ddTHH:mm:ssZ}; call Login again.");
        }

        if (!token.UserActive)
        {
            throw new SoapFaultException(CventErrors.NoAccess, "The API user of this session has been deactivated.");
        }

        var allowList = known is not null && known.AllowedIps == token.AllowedIps ? known.AllowList : IpAllowList.Parse(token.AllowedIps);
        if (known?.AllowList != allowList)
        {
            if (remembered.Count >= MaxRemembered)
            {
                remembered.Clear();
            }

            remembered[sessionValue] = new Remembered(hash!, token.AllowedIps, allowList);
        }

        if (!allowList.Allows(remoteAddress))
        {
            throw new SoapFaultException(CventErrors.InvalidIp, $"The API user may not call from {remoteAddress}.");
        }

        var day = quota.DayOf(time.GetUtcNow());
        if (!quota.Enabled)
        {
            if (!DryRun.IsActive)
            {
                counter.Count(token.AccountKey, day);
            }
        }
        else if (await store.CountApiCallAsync(token.AccountKey, day, quota.DailyLimit, cancellationToken) is { } used)
        {
            telemetry?.QuotaUsed(token.AccountNumber, used); // observability
        }
        else
        {
            telemetry?.QuotaUsed(token.AccountNumber, quota.DailyLimit);
            throw new SoapFaultException(CventErrors.ApiCallLimit,
                $"The account has made its {quota.DailyLimit} API calls for today; the count starts again at midnight ({quota.TimeZone.Id}).");
        }

        return new Caller(token.AccountKey, token.ApiUserKey, sessionValue, token.AccountNumber);
    }
}
