namespace Breakout.Cli.Tests;

public sealed class AccountCommandTests
{
    [Fact]
    public async Task AccountCreate_CreatesTheAccount()
    {
        using var db = new TempDatabase();

        var run = await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme Events");

        Assert.True(run.ExitCode == 0, run.ToString());
        await using var store = await db.OpenStoreAsync();
        var account = await store.FindAccountAsync("ACME01", TestContext.Current.CancellationToken);
        Assert.NotNull(account);
        Assert.Equal("Acme Events", account.Name);
    }

    [Fact]
    public async Task AccountCreate_WhenTheNumberExists_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme again");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
