using Breakout.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Security.Tests;

/// <summary>Passwords and session tokens never reach the logs, whatever happens during a session.</summary>
public sealed class LogSecrecyTests
{
    [Fact]
    public async Task AFullSession_IncludingAnUnexpectedFailure_LogsNeitherPasswordNorToken()
    {
        var logs = new RecordingLoggerProvider();
        await using var server = await BreakoutServer.StartAsync(["--Logging:LogLevel:Default=Trace"], s => s.AddSingleton<ILoggerProvider>(logs));
        var m = server.Manifest;
        var wrongPassword = m.Password + "-Wr0ng!";
        var session = server.Session("KEY").Id;
        var invitee = server.AcceptedInvitees.First().Id;

        var failed = await server.PostSoap11Async(SoapEnvelopes.Login(m.AccountNumber, m.UserName, wrongPassword), SoapEnvelopes.Action("Login"));
        Assert.Contains("LoginSuccess=\"false\"", failed.Body, StringComparison.Ordinal);
        var token = await server.LoginAsync();
        Assert.True((await server.SessionRegActionAsync(token, "Register", session, (invitee, null, "log-1")))[0].Success);
        var garbled = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token + "x", "Register", session, (invitee, null, null)), SoapEnvelopes.Action("SessionRegAction"));
        Assert.Equal("CV10104", garbled.FaultCode);

        // A real infrastructure failure: the registrations table disappears under the running server.
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE session_registrations";
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var broken = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Unregister", session, (invitee, null, null)), SoapEnvelopes.Action("SessionRegAction"));
        Assert.Equal("CV10000", broken.FaultCode);

        Assert.Contains(logs.Entries, e => e.Contains("Unexpected failure", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(m.Password, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(wrongPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(token, StringComparison.Ordinal));
    }
}
