using Breakout.Host.Tests.FirstRun;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Host.Tests.Observability;

/// <summary><c>Breakout:LogCalls</c>: one Information line per SOAP call, never a password or a session token.</summary>
public sealed class CallLogTests
{
    private static async Task<(BreakoutServer Server, LogRecorder Logs)> StartAsync(params string[] args)
    {
        var logs = new LogRecorder();
        var server = await BreakoutServer.StartAsync(["--Logging:LogLevel:Breakout=Information", .. args], services => services.AddSingleton<ILoggerProvider>(logs));
        return (server, logs);
    }

    private static List<string> CallLines(LogRecorder logs) => [.. logs.Entries.Where(e => e.StartsWith("Information Breakout.Calls:", StringComparison.Ordinal))];

    [Fact]
    public async Task LogCalls_WritesOneLinePerCall_WithoutTokenOrPassword()
    {
        var (server, logs) = await StartAsync("--Breakout:LogCalls=true");
        await using var _ = server;
        var m = server.Manifest;

        var token = await server.LoginAsync();
        await server.SessionRegActionAsync(token, "Register", server.Session("KEY").Id, (server.AcceptedInvitees.First().Id, null, null), ("not-an-id", null, null));
        await server.PostSoap11Async(SoapEnvelopes.Login(m.AccountNumber, m.UserName, "wrong-password-123"), SoapEnvelopes.Action("Login"));
        await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token + "x", "Register", server.Session("KEY").Id, ("a", null, null)), SoapEnvelopes.Action("SessionRegAction"));

        var lines = CallLines(logs);
        Assert.Collection(lines,
            line => Assert.StartsWith($"Information Breakout.Calls: SOAP call Login success fault= account={m.AccountNumber} client=127.0.0.1 items= errors=0 ", line),
            line => Assert.StartsWith($"Information Breakout.Calls: SOAP call SessionRegAction item_errors fault= account={m.AccountNumber} client=127.0.0.1 items=2 errors=1 ", line),
            line => Assert.StartsWith($"Information Breakout.Calls: SOAP call Login refused fault= account={m.AccountNumber} client=127.0.0.1 items= errors=0 ", line),
            line => Assert.StartsWith("Information Breakout.Calls: SOAP call SessionRegAction fault fault=CV10104 account= client=127.0.0.1 items= errors=0 ", line));
        Assert.All(logs.Entries, entry =>
        {
            Assert.DoesNotContain(token, entry, StringComparison.Ordinal);
            Assert.DoesNotContain(m.Password, entry, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong-password-123", entry, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ByDefault_NoCallIsLogged()
    {
        var (server, logs) = await StartAsync();
        await using var _ = server;

        var token = await server.LoginAsync();
        await server.SessionRegActionAsync(token, "Register", server.Session("KEY").Id, (server.AcceptedInvitees.First().Id, null, null));

        Assert.Contains(logs.Entries, e => e.Contains("Login by user", StringComparison.Ordinal));
        Assert.Empty(CallLines(logs));
    }
}
