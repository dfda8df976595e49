using Breakout.Domain.Access;

namespace Breakout.Cli.Tests;

public sealed class ConsoleUserCommandTests
{
    [Fact]
    public async Task ConsoleUserCreate_StoresAVerifiableHash_ApartFromApiUsers_AndListsIt()
    {
        using var db = new TempDatabase();

        var run = await db.RunAsync(["console-user", "create", "--name", "ops"], "s3cret!\n");
        var list = await db.RunAsync("console-user", "list", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Created console user ops.", run.Out, StringComparison.Ordinal);
        await using var store = await db.OpenStoreAsync();
        var user = await store.FindConsoleUserAsync("ops", TestContext.Current.CancellationToken);
        Assert.True(PasswordHash.Verify("s3cret!", user!.PasswordHash));
        Assert.Empty(await store.ListAccountsAsync(TestContext.Current.CancellationToken));
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains("\"ops\"", list.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(user.PasswordHash, list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleUserUnlockAndDelete_ActOnTheNamedUser_AndFailForAnUnknownOne()
    {
        using var db = new TempDatabase();
        await db.RunAsync("console-user", "create", "--name", "ops", "--password", "x");
        await using (var store = await db.OpenStoreAsync())
        {
            var user = await store.FindConsoleUserAsync("ops", TestContext.Current.CancellationToken);
            await store.RecordConsoleSignInFailureAsync(user!.Key, new LoginPolicy { MaxFailedLogins = 1 }, TestContext.Current.CancellationToken);
        }

        var unlock = await db.RunAsync("console-user", "unlock", "--name", "ops");
        await using (var store = await db.OpenStoreAsync())
        {
            Assert.Null((await store.FindConsoleUserAsync("ops", TestContext.Current.CancellationToken))!.LockedUntil);
        }

        var delete = await db.RunAsync("console-user", "delete", "--name", "ops");
        var again = await db.RunAsync("console-user", "delete", "--name", "ops");

        Assert.True(unlock.ExitCode == 0, unlock.ToString());
        Assert.True(delete.ExitCode == 0, delete.ToString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("'ops' does not exist", again.Error, StringComparison.Ordinal);
    }
}
