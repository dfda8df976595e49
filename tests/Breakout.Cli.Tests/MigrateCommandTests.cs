namespace Breakout.Cli.Tests;

public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_OnAMissingFile_CreatesTheSchema_AndRunsAgainCleanly()
    {
        using var db = new TempDatabase();

        var first = await db.RunAsync("migrate");
        var second = await db.RunAsync("migrate");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("up to date", first.Out, StringComparison.Ordinal);
        Assert.True(await db.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sessions'") == 1);
    }

    [Fact]
    public async Task UnknownCommand_FailsWithoutAStackTrace()
    {
        using var db = new TempDatabase();

        var run = await db.RunAsync("frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postgres_WhenTheDatabaseCannotBeUsed_FailsWithAMessage()
    {
        using var db = new TempDatabase();

        var run = await db.RunAsync("migrate", "--postgres", "Host=127.0.0.1;Port=1;Database=breakout;Timeout=2");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: The database connection failed", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
