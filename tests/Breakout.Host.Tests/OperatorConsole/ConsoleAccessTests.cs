using System.Net;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>Who may reach the console and how: off by default, loopback only, sign-in required, antiforgery on every form, lockout.</summary>
public sealed class ConsoleAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Console_WhenNotEnabled_IsNotThere()
    {
        await using var server = await BreakoutServer.StartAsync();
        using var client = ConsoleServer.NewClient(server);

        var response = await client.GetAsync("/console/sign-in", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Console_WithoutSignIn_RedirectsEveryPageToTheSignInForm()
    {
        await using var server = await ConsoleServer.StartAsync();
        using var client = ConsoleServer.NewClient(server);

        var account = await client.GetAsync($"/console/accounts/{server.Manifest.AccountNumber}/users", Ct);
        var unlock = await client.PostAsync($"/console/accounts/{server.Manifest.AccountNumber}/users/unlock?name=demo", new FormUrlEncodedContent([]), Ct);
        var signIn = await client.GetAsync("/console/sign-in", Ct);

        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.Equal("/console/sign-in", account.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fconsole%2Faccounts%2F", account.Headers.Location.Query, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Console_FromANonLoopbackClientBehindATrustedProxy_IsNotFound_UnlessAllowed()
    {
        await using var restricted = await ConsoleServer.StartAsync();
        await using var open = await ConsoleServer.StartAsync("--Breakout:Console:AllowedClients=203.0.113.0/24");

        var remote = await GetFromAsync(restricted, "203.0.113.7");
        var local = await GetFromAsync(restricted, "127.0.0.1");
        var allowed = await GetFromAsync(open, "203.0.113.7");
        var other = await GetFromAsync(open, "198.51.100.1");

        Assert.Equal(HttpStatusCode.NotFound, remote);
        Assert.Equal(HttpStatusCode.OK, local);
        Assert.Equal(HttpStatusCode.OK, allowed);
        Assert.Equal(HttpStatusCode.NotFound, other);

        static async Task<HttpStatusCode> GetFromAsync(BreakoutServer server, string client)
        {
            // The test connects from loopback, a trusted proxy by default: X-Forwarded-For names the client.
            using var http = ConsoleServer.NewClient(server);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/console/sign-in");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", client);
            return (await http.SendAsync(request, Ct)).StatusCode;
        }
    }

    [Fact]
    public async Task SignedIn_APostWithoutTheAntiforgeryToken_IsRefused_AndChangesNothing()
    {
        await using var server = await ConsoleServer.StartAsync();
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var demo = await store.FindApiUserAsync(server.Manifest.AccountNumber, server.Manifest.UserName, Ct);
        await store.RecordFailedLoginAsync(demo!.Key, new Domain.Access.LoginPolicy { MaxFailedLogins = 1 }, Ct);
        using var client = ConsoleServer.NewClient(server);
        var signIn = await ConsoleServer.SignInAsync(client);
        var path = $"/console/accounts/{server.Manifest.AccountNumber}/users/unlock?name={server.Manifest.UserName}";

        var withoutToken = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = server.Manifest.UserName }), Ct);
        var stillLocked = await store.FindApiUserAsync(server.Manifest.AccountNumber, server.Manifest.UserName, Ct);
        var token = await ConsoleServer.AntiforgeryTokenAsync(client, path);
        var withToken = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__antiforgery"] = token,
            ["name"] = server.Manifest.UserName,
        }), Ct);
        var unlocked = await store.FindApiUserAsync(server.Manifest.AccountNumber, server.Manifest.UserName, Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.NotNull(stillLocked!.LockedUntil);
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);
        Assert.Null(unlocked!.LockedUntil);
    }

    [Fact]
    public async Task SignIn_WithWrongPasswords_LocksTheConsoleUserOut_AsApiUsersAre()
    {
        await using var server = await ConsoleServer.StartAsync("--Breakout:MaxFailedLogins=2");
        using var client = ConsoleServer.NewClient(server);

        var first = await ConsoleServer.SignInAsync(client, "wrong");
        var second = await ConsoleServer.SignInAsync(client, "wrong");
        var right = await ConsoleServer.SignInAsync(client);
        var page = await right.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("The user name or password is wrong.", await first.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked out", page, StringComparison.Ordinal);
        Assert.DoesNotContain(ConsoleServer.Password, page, StringComparison.Ordinal);
        var user = await server.Services.GetRequiredService<IBreakoutStore>().FindConsoleUserAsync(ConsoleServer.UserName, Ct);
        Assert.NotNull(user!.LockedUntil);
    }
}
