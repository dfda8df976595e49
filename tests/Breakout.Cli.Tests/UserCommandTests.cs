using Breakout.Domain.Access;

namespace Breakout.Cli.Tests;

public sealed class UserCommandTests
{
    [Fact]
    public async Task UserCreate_WithPasswordFlag_StoresAVerifiableHashAndTheAllowList()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "s3cret!", "--allow-ip", "1.2.3.4, 10.0.0.0/8");

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var store = await db.OpenStoreAsync();
        var user = await store.FindApiUserAsync("ACME01", "api", TestContext.Current.CancellationToken);
        Assert.NotNull(user);
        Assert.True(PasswordHash.Verify("s3cret!", user.PasswordHash));
        Assert.False(PasswordHash.Verify("wrong", user.PasswordHash));
        var allowed = IpAllowList.Parse(user.AllowedIps);
        Assert.True(allowed.Allows(System.Net.IPAddress.Parse("10.20.30.40")));
        Assert.False(allowed.Allows(System.Net.IPAddress.Parse("1.2.3.5")));
    }

    [Fact]
    public async Task UserCreate_WithoutPasswordFlag_ReadsThePasswordFromPipedStdin()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync(["user", "create", "--account", "ACME01", "--name", "piped"], "from-stdin\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var store = await db.OpenStoreAsync();
        var user = await store.FindApiUserAsync("ACME01", "piped", TestContext.Current.CancellationToken);
        Assert.NotNull(user);
        Assert.True(PasswordHash.Verify("from-stdin", user.PasswordHash));
        Assert.Equal("", user.AllowedIps);
    }

    [Fact]
    public async Task UserCreate_WithABadAddress_FailsBeforeTouchingTheStore()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x", "--allow-ip", "1.2.3.4,not-an-ip");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not-an-ip", run.Error, StringComparison.Ordinal);
        await using var store = await db.OpenStoreAsync();
        Assert.Null(await store.FindApiUserAsync("ACME01", "api", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UserCreateAndEnable_OfTheConsolesApiUser_AreRefused_SoItCanNeverLogIn()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await using (var store = await db.OpenStoreAsync())
        {
            var account = (await store.FindAccountAsync("ACME01", TestContext.Current.CancellationToken))!;
            await store.ConsoleApiUserAsync(account.Key, TestContext.Current.CancellationToken);
        }

        var create = await db.RunAsync("user", "create", "--account", "ACME01", "--name", "(console)", "--password", "s3cret!");
        var enable = await db.RunAsync("user", "enable", "--account", "ACME01", "--name", "(console)");

        Assert.Equal(1, create.ExitCode);
        Assert.Contains("reserved", create.Error, StringComparison.Ordinal);
        Assert.Equal(1, enable.ExitCode);
        Assert.Contains("never logs in", enable.Error, StringComparison.Ordinal);
        await using var after = await db.OpenStoreAsync();
        var user = (await after.FindApiUserAsync("ACME01", "(console)", TestContext.Current.CancellationToken))!;
        Assert.False(user.Active);
        Assert.Equal("", user.PasswordHash);
    }

    [Fact]
    public async Task UserCreate_ForAnUnknownAccount_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("migrate");

        var run = await db.RunAsync("user", "create", "--account", "NOPE", "--name", "api", "--password", "x");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Account 'NOPE' does not exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserList_GivesStatusLockoutLastLoginAndAllowList_PerUser()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x", "--allow-ip", "10.0.0.0/8");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "locked", "--password", "x");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "off", "--password", "x");
        await db.RunAsync("user", "disable", "--account", "ACME01", "--name", "off");
        await LockAsync(db, "locked");

        var csv = await db.RunAsync("user", "list", "--account", "ACME01", "--format", "csv");
        var table = await db.RunAsync("user", "list", "--account", "ACME01");

        Assert.True(csv.ExitCode == 0, csv.ToString());
        var lines = csv.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("name,status,failedLogins,lockedUntil,lastLogin,allowedIps,created", lines[0]);
        Assert.Matches(@"^api,active,0,,,10.0.0.0/8,\S+Z$", lines[1]);
        Assert.Matches(@"^locked,locked,5,\d{4}-\S+Z,,,\S+Z$", lines[2]);
        Assert.Matches(@"^off,disabled,0,,,,\S+Z$", lines[3]);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches(@"(?m)^api\s+active\s+0\s+-\s+never\s+10.0.0.0/8\s+\S+$", table.Out);
        Assert.Matches(@"(?m)^off\s+disabled\s+0\s+-\s+never\s+any\s+\S+$", table.Out);
    }

    [Fact]
    public async Task UserUnlock_EndsTheLockoutAndSaysWhatItWas()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");
        await LockAsync(db, "api");

        var run = await db.RunAsync("user", "unlock", "--account", "ACME01", "--name", "api");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^Unlocked API user api in account ACME01 \(it was locked until \S+Z after 5 failed logins\)\.$", run.Out.TrimEnd());
        await using var store = await db.OpenStoreAsync();
        var user = await store.FindApiUserAsync("ACME01", "api", TestContext.Current.CancellationToken);
        Assert.Equal((0, (DateTimeOffset?)null), (user!.FailedLogins, user.LockedUntil));
    }

    [Fact]
    public async Task UserSetPassword_FromPipedStdin_ReplacesThePassword_KeepingTheAllowList()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "old", "--allow-ip", "192.0.2.1");

        var run = await db.RunAsync(["user", "set-password", "--account", "ACME01", "--name", "api"], "n3w-secret\n");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Changed the password of API user api in account ACME01.", run.Out.TrimEnd());
        Assert.DoesNotContain("n3w-secret", run.Out + run.Error, StringComparison.Ordinal);
        await using var store = await db.OpenStoreAsync();
        var user = await store.FindApiUserAsync("ACME01", "api", TestContext.Current.CancellationToken);
        Assert.True(PasswordHash.Verify("n3w-secret", user!.PasswordHash));
        Assert.False(PasswordHash.Verify("old", user.PasswordHash));
        Assert.Equal("192.0.2.1/32", user.AllowedIps);
    }

    [Fact]
    public async Task UserDisableThenEnable_FlipsWhetherTheUserMayLogIn()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");

        var disabled = await db.RunAsync("user", "disable", "--account", "ACME01", "--name", "api");
        bool activeAfterDisable;
        await using (var store = await db.OpenStoreAsync())
        {
            activeAfterDisable = (await store.FindApiUserAsync("ACME01", "api", TestContext.Current.CancellationToken))!.Active;
        }

        var enabled = await db.RunAsync("user", "enable", "--account", "ACME01", "--name", "api");
        var again = await db.RunAsync("user", "enable", "--account", "ACME01", "--name", "api");

        Assert.Equal("API user api in account ACME01 disabled.", disabled.Out.TrimEnd());
        Assert.False(activeAfterDisable);
        Assert.Equal("API user api in account ACME01 enabled.", enabled.Out.TrimEnd());
        Assert.Equal("API user api in account ACME01 was already enabled.", again.Out.TrimEnd());
        Assert.Equal(1, await db.ScalarAsync("SELECT active FROM api_users WHERE user_name = 'api'"));
    }

    [Fact]
    public async Task UserDelete_RemovesTheUser_AndAnUnknownUserFailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");

        var deleted = await db.RunAsync("user", "delete", "--account", "ACME01", "--name", "api");
        var unknown = await db.RunAsync("user", "delete", "--account", "ACME01", "--name", "api");

        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Equal("Deleted API user api from account ACME01.", deleted.Out.TrimEnd());
        Assert.Equal(0, await db.ScalarAsync("SELECT COUNT(*) FROM api_users"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("API user 'api' does not exist in account ACME01", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserDelete_OfAUserNamedByTheAuditLog_IsRefused_PointingAtDisable()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");
        var userKey = await db.ScalarAsync("SELECT pk FROM api_users");
        await db.ScalarAsync($"INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at) VALUES (1, {userKey}, 'c1', 'SessionRegAction', 0)");

        var run = await db.RunAsync("user", "delete", "--account", "ACME01", "--name", "api");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("API user api made 1 logged call that the audit log keeps naming; nothing was deleted. Disable it instead: breakout user disable --account ACME01 --name api", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM api_users"));
    }

    /// <summary>Five failed logins, as the server counts them with its default policy.</summary>
    private static async Task LockAsync(TempDatabase db, string userName)
    {
        await using var store = await db.OpenStoreAsync();
        var user = (await store.FindApiUserAsync("ACME01", userName, TestContext.Current.CancellationToken))!;
        for (var i = 0; i < 5; i++)
        {
            await store.RecordFailedLoginAsync(user.Key, new LoginPolicy(), TestContext.Current.CancellationToken);
        }
    }
}
