namespace Breakout.Cli.Tests;

public sealed class VerifyCommandTests
{
    [Fact]
    public async Task Verify_OnACleanDatabase_Exits0()
    {
        using var db = new TempDatabase();
        await db.RunAsync("demo", "--manifest", db.File("manifest.json"));

        var run = await db.RunAsync("verify");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("All invariants hold", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterACounterIsCorrupted_ListsTheViolation_AndExits1()
    {
        using var db = new TempDatabase();
        await db.RunAsync("demo", "--manifest", db.File("manifest.json"));
        await db.ScalarAsync("UPDATE sessions SET registered_count = registered_count + 1 WHERE code = 'KEY'");

        var run = await db.RunAsync("verify");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("registered counter differs from rows", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 invariant violation", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AfterLogRowsNameMissingRows_ListsThem_AndExits1()
    {
        using var db = new TempDatabase();
        await db.RunAsync("demo", "--manifest", db.File("manifest.json"));
        // Behind the store's back, on a connection that does not enforce foreign keys.
        var user = await db.ScalarAsync("SELECT MIN(pk) FROM api_users");
        var call = await db.ScalarAsync($"PRAGMA foreign_keys = OFF; INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at) VALUES (987654321, {user}, 'by hand', 'SessionRegAction', 0) RETURNING pk");
        var history = await db.ScalarAsync(
            $"PRAGMA foreign_keys = OFF; INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action) VALUES ({call}, (SELECT MIN(pk) FROM sessions), 987654322, 1) RETURNING pk");

        var run = await db.RunAsync("verify");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"history row names a missing row: {history} (registrant 987654322)", run.Out, StringComparison.Ordinal);
        Assert.Contains($"API call row names a missing row: {call} (account 987654321)", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 invariant violation(s)", run.Error, StringComparison.Ordinal);
    }
}
