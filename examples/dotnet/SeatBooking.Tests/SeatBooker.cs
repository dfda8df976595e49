using System.ServiceModel;
using Interop.Tests.Wcf;

namespace SeatBooking;

/// <summary>
/// The application code under test: books invitees into a Cvent session with a WCF client, logging in again once
/// when Cvent says the session header expired (CV10105).
/// </summary>
public sealed class SeatBooker(string endpoint, string account, string user, string password)
{
    private string? session;

    /// <summary>Books the invitees; returns the error code of each one Cvent refused, by invitee ID.</summary>
    public async Task<IReadOnlyDictionary<string, string>> BookAsync(string sessionId, IReadOnlyList<string> inviteeIds)
    {
        try
        {
            return await RegisterAsync(sessionId, inviteeIds);
        }
        catch (FaultException fault) when (fault.Code.Name == "CV10105")
        {
            session = null;
            return await RegisterAsync(sessionId, inviteeIds);
        }
    }

    private async Task<IReadOnlyDictionary<string, string>> RegisterAsync(string sessionId, IReadOnlyList<string> inviteeIds)
    {
        var factory = new ChannelFactory<IV200611Soap>(new BasicHttpBinding(), new EndpointAddress(endpoint));
        try
        {
            var client = factory.CreateChannel();
            session ??= (await client.LoginAsync(new LoginRequest { AccountNumber = account, UserName = user, Password = password })).LoginResult!.CventSessionHeader;
            var response = await client.SessionRegActionAsync(new SessionRegActionRequest
            {
                CventSessionHeader = new CventSessionHeader { CventSessionValue = session },
                CvInvitees = new SessionRegInvitee
                {
                    SessionRegActionType = "Register",
                    ProductId = sessionId,
                    CvInvitee = [.. inviteeIds.Select(id => new CvInvitee { Id = id })],
                },
            });
            return (response.SessionRegActionResult?.Items ?? [])
                .Where(item => !item.Success)
                .ToDictionary(item => item.Id!, item => item.Errors?.FirstOrDefault()?.Code ?? "");
        }
        finally
        {
            factory.Abort();
        }
    }
}
