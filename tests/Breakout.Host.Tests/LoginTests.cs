using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>Login, lockout, IP allow-lists and token lifetime, with a hand-moved clock.</summary>
public sealed class LoginTests : IAsyncLifetime
{
    private readonly ManualClock clock = new(new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.Zero));
    private BreakoutServer server = null!;

    public async ValueTask InitializeAsync() =>
        server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(clock));

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private Task<SoapReply> Login(string account, string user, string password) =>
        server.PostSoap11Async(SoapEnvelopes.Login(account, user, password), SoapEnvelopes.Action("Login"));

    private static (string? Success, string? ServerUrl, string? Token, string? Error) Result(SoapReply reply)
    {
        var result = reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single();
        return ((string?)result.Attribute("LoginSuccess"), (string?)result.Attribute("ServerURL"),
            (string?)result.Attribute("CventSessionHeader"), (string?)result.Attribute("ErrorMessage"));
    }

    [Fact]
    public async Task Login_WithDemoCredentials_ReturnsTokenAndOwnEndpoint()
    {
        var reply = await Login("BREAKOUTDEMO", "demo", "demo-password");

        var (success, serverUrl, token, error) = Result(reply);
        Assert.Equal(200, reply.Status);
        Assert.Equal("true", success);
        Assert.Equal(server.Endpoint, serverUrl);
        Assert.Null(error);
        Assert.True(token!.Length >= 43);
        Assert.DoesNotContain(',', token);
        Assert.DoesNotContain("<soap:Header>", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_IssuesADifferentTokenEachTime()
    {
        var first = Result(await Login("BREAKOUTDEMO", "demo", "demo-password")).Token;
        var second = Result(await Login("BREAKOUTDEMO", "demo", "demo-password")).Token;

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData("BREAKOUTDEMO", "demo", "wrong")]
    [InlineData("BREAKOUTDEMO", "nobody", "demo-password")]
    [InlineData("NOACCOUNT", "demo", "demo-password")]
    [InlineData("", "", "")]
    public async Task Login_WithBadCredentials_IsNotAFault_ButAccessDenied(string account, string user, string password)
    {
        var reply = await Login(account, user, password);

        Assert.Equal(200, reply.Status);
        Assert.Equal(("false", null, null, "Access is denied."), Result(reply));
    }

    [Fact]
    public async Task Login_ChildrenInAnyOrder_Works()
    {
        var reply = await server.PostSoap11Async("""
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
            <Login xmlns="http://api.cvent.com/2006-11"><Password>demo-password</Password><AccountNumber>BREAKOUTDEMO</AccountNumber><UserName>demo</UserName></Login>
            </soap:Body></soap:Envelope>
            """, "http://api.cvent.com/2006-11/Login");

        Assert.Equal("true", Result(reply).Success);
    }

    [Fact]
    public async Task FiveFailures_LockTheUserOutForThirtyMinutes_WithCventsMessage()
    {
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal("Access is denied.", Result(await Login("BREAKOUTDEMO", "demo", "wrong")).Error);
        }

        Assert.Equal(LoginPolicy.LockedOutMessage, Result(await Login("BREAKOUTDEMO", "demo", "wrong")).Error);
        Assert.Equal(
            "Your account has been locked out. Please contact Customer care or wait for 30 minutes",
            Result(await Login("BREAKOUTDEMO", "demo", "demo-password")).Error);

        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("false", Result(await Login("BREAKOUTDEMO", "demo", "demo-password")).Success);

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("true", Result(await Login("BREAKOUTDEMO", "demo", "demo-password")).Success);

        // A success resets the count: four more failures do not lock.
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal("Access is denied.", Result(await Login("BREAKOUTDEMO", "demo", "wrong")).Error);
        }

        Assert.Equal("true", Result(await Login("BREAKOUTDEMO", "demo", "demo-password")).Success);
    }

    [Fact]
    public async Task Token_ExpiresSixtyMinutesAfterLogin_CV10105()
    {
        var token = await server.LoginAsync();
        var session = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First().Id;
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(200, (await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Register", session, (invitee, null, null)), null)).Status);

        clock.Advance(TimeSpan.FromMinutes(1));
        var reply = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Unregister", session, (invitee, null, null)), null);

        Assert.Equal((500, "CV10105", "SESSION_EXPIRED"), (reply.Status, reply.FaultCode, reply.FaultString));
    }

    [Fact]
    public async Task IpAllowList_DeniesLoginFromElsewhere_AndCallsFromElsewhere_CV10106()
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync("BREAKOUTDEMO"))!;
        await store.CreateApiUserAsync(account.Key, "office", PasswordHash.Create("office-pass", 1000), "10.20.0.0/16");
        Assert.Equal(("false", "Access is denied."), Pick(Result(await Login("BREAKOUTDEMO", "office", "office-pass"))));

        await store.CreateApiUserAsync(account.Key, "office", PasswordHash.Create("office-pass", 1000), "10.20.0.0/16, 127.0.0.1");
        var token = Result(await Login("BREAKOUTDEMO", "office", "office-pass")).Token!;

        await store.CreateApiUserAsync(account.Key, "office", PasswordHash.Create("office-pass", 1000), "10.20.0.0/16");
        var reply = await server.PostSoap11Async(
            SoapEnvelopes.SessionRegAction(token, "Register", server.Session("NET").Id, (server.AcceptedInvitees.First().Id, null, null)), null);

        Assert.Equal((500, "CV10106", "INVALID_IP"), (reply.Status, reply.FaultCode, reply.FaultString));
    }

    [Fact]
    public async Task IpAllowList_ChangedWhileATokenIsInUse_AppliesToItsNextCall_BothWays()
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync("BREAKOUTDEMO"))!;
        await store.CreateApiUserAsync(account.Key, "busy", PasswordHash.Create("busy-pass", 1000), "127.0.0.1");
        var token = Result(await Login("BREAKOUTDEMO", "busy", "busy-pass")).Token!;
        var (session, invitee) = (server.Session("NET").Id, server.AcceptedInvitees.Skip(3).First().Id);
        Task<SoapReply> Call(string action) => server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, action, session, (invitee, null, null)), null);
        Assert.Equal(200, (await Call("Register")).Status);
        Assert.Equal(200, (await Call("Unregister")).Status);

        await store.CreateApiUserAsync(account.Key, "busy", PasswordHash.Create("busy-pass", 1000), "10.20.0.0/16");
        var refused = await Call("Register");
        await store.CreateApiUserAsync(account.Key, "busy", PasswordHash.Create("busy-pass", 1000), "");
        var accepted = await Call("Register");

        Assert.Equal((500, "CV10106"), (refused.Status, refused.FaultCode));
        Assert.Equal(200, accepted.Status);
    }

    private static (string?, string?) Pick((string? Success, string? ServerUrl, string? Token, string? Error) r) => (r.Success, r.Error);
}
