using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Security.Tests;

/// <summary>Token expiry and lockout, driven by a clock the test controls.</summary>
public sealed class AccessTests
{
    private const string NotRegistered = "CV90106";
    private const string DeniedMessage = "Access is denied.";
    private const string LockedMessage = "Your account has been locked out. Please contact Customer care or wait for 30 minutes";

    [Fact]
    public async Task Token_AfterItsLifetime_IsSessionExpired_AndANewLoginWorks()
    {
        var clock = new ManualClock();
        await using var server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        var token = await server.LoginAsync();
        var invitee = server.AcceptedInvitees.Last().Id;
        var session = server.Session("KEY").Id;
        Assert.Equal(NotRegistered, (await server.SessionRegActionAsync(token, "Unregister", session, (invitee, null, null)))[0].ErrorCode);

        clock.Advance(TimeSpan.FromMinutes(60));
        var reply = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Unregister", session, (invitee, null, null)), SoapEnvelopes.Action("SessionRegAction"));

        Assert.Equal(500, reply.Status);
        Assert.Equal("CV10105", reply.FaultCode);
        Assert.Equal("SESSION_EXPIRED", reply.FaultString);
        var fresh = await server.LoginAsync();
        Assert.Equal(NotRegistered, (await server.SessionRegActionAsync(fresh, "Unregister", session, (invitee, null, null)))[0].ErrorCode);
    }

    [Fact]
    public async Task FiveFailedLogins_LockTheUserOut_UntilTheLockoutEnds()
    {
        var clock = new ManualClock();
        await using var server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        var manifest = server.Manifest;
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(DeniedMessage, await LoginMessageAsync(server, manifest.Password + "-wrong"));
        }

        // The fifth failure locks the user, and says so; then even the right password is refused.
        Assert.Equal(LockedMessage, await LoginMessageAsync(server, manifest.Password + "-wrong"));
        Assert.Equal(LockedMessage, await LoginMessageAsync(server, manifest.Password));

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.False(string.IsNullOrEmpty(await server.LoginAsync()));
    }

    private static async Task<string?> LoginMessageAsync(BreakoutServer server, string password)
    {
        var reply = await server.PostSoap11Async(SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, password), SoapEnvelopes.Action("Login"));
        return (string?)reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("ErrorMessage");
    }
}
