using Breakout.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Security.Tests;

/// <summary>Login writes one structured line per refusal, lockout and success: who, from where, why; never the secret.</summary>
public sealed class LoginLogTests
{
    [Fact]
    public async Task FailedLogins_AndTheLockoutTheyCause_AreLoggedWithAccountUserAddressAndReason_ButNoPassword()
    {
        var logs = new RecordingLoggerProvider();
        var clock = new ManualClock();
        await using var server = await BreakoutServer.StartAsync(
            ["--Breakout:MaxFailedLogins=2", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Breakout=Information"],
            s => s.AddSingleton<ILoggerProvider>(logs).AddSingleton<TimeProvider>(clock));
        var (account, user, password) = (server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password);
        var wrong = password + "-Wr0ng!";

        await LoginAsync(server, account, "nobody", wrong);
        await LoginAsync(server, account, user, wrong);
        await LoginAsync(server, account, user, wrong + "2");
        await LoginAsync(server, account, user, password);

        var lines = LoginLines(logs);
        AssertLine(lines, l => l.StartsWith($"Warning Breakout.Soap.Operations.LoginOperation: Login refused for account {account}, user nobody from 127.0.0.1: unknown account or user ", StringComparison.Ordinal)
            && l.Contains($"AccountNumber={account}; UserName=nobody; ClientIp=127.0.0.1; Reason=unknown account or user", StringComparison.Ordinal));
        AssertLine(lines, l => l.Contains($"Login refused for account {account}, user {user} from 127.0.0.1: wrong password (failed login 1 of 2)", StringComparison.Ordinal)
            && l.Contains("Reason=wrong password; FailedLogins=1; MaxFailedLogins=2", StringComparison.Ordinal));
        AssertLine(lines, l => l.Contains($"User {user} of account {account} locked out until {Stored(clock.GetUtcNow().AddMinutes(30)):O} after 2 failed logins, the last from 127.0.0.1", StringComparison.Ordinal));
        AssertLine(lines, l => l.Contains($"Login refused for account {account}, user {user} from 127.0.0.1: locked out", StringComparison.Ordinal));
        Assert.Equal(5, lines.Count);
        Assert.DoesNotContain(logs.Entries, e => e.Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALoginAfterTheLockoutEnds_IsLoggedWithTheLockout_AndARefusedAddressWithItsReason()
    {
        var logs = new RecordingLoggerProvider();
        var clock = new ManualClock();
        await using var server = await BreakoutServer.StartAsync(
            ["--Breakout:MaxFailedLogins=1", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Breakout=Information"],
            s => s.AddSingleton<ILoggerProvider>(logs).AddSingleton<TimeProvider>(clock));
        var (account, user, password) = (server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password);

        await LoginAsync(server, account, user, "wrong");
        var lockedAt = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMinutes(31));
        var token = await server.LoginAsync();
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE api_users SET allowed_ips = '192.0.2.0/24'";
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await LoginAsync(server, account, user, password);

        var lines = LoginLines(logs);
        AssertLine(lines, l => l.StartsWith($"Information Breakout.Soap.Operations.LoginOperation: Login by user {user} of account {account} from 127.0.0.1 (a lockout ended {Stored(lockedAt.AddMinutes(30)):O}; 1 failed logins before)", StringComparison.Ordinal));
        AssertLine(lines, l => l.Contains($"Login refused for account {account}, user {user} from 127.0.0.1: address not allowed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(password, StringComparison.Ordinal) || e.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANameWithALineBreak_IsLoggedOnOneLine()
    {
        var logs = new RecordingLoggerProvider();
        await using var server = await BreakoutServer.StartAsync(["--Logging:LogLevel:Default=Warning"], s => s.AddSingleton<ILoggerProvider>(logs));

        await LoginAsync(server, server.Manifest.AccountNumber, "evil\nLogin by user admin", "x");

        var line = Assert.Single(LoginLines(logs));
        Assert.Contains("user evil?Login by user admin from", line, StringComparison.Ordinal);
    }

    /// <summary>The stores keep times to the millisecond.</summary>
    private static DateTimeOffset Stored(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());

    private static void AssertLine(List<string> lines, Func<string, bool> expected) =>
        Assert.True(lines.Any(expected), "No such line among:\n" + string.Join("\n", lines));

    private static List<string> LoginLines(RecordingLoggerProvider logs) =>
        [.. logs.Entries.Where(e => e.Contains("Breakout.Soap.Operations.LoginOperation:", StringComparison.Ordinal))];

    private static async Task LoginAsync(BreakoutServer server, string account, string user, string password)
    {
        var reply = await server.PostSoap11Async(SoapEnvelopes.Login(account, user, password), SoapEnvelopes.Action("Login"));
        Assert.Equal(200, reply.Status);
    }
}
