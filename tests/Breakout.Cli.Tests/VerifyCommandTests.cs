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
}
