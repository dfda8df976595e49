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
    public async Task UserCreate_ForAnUnknownAccount_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("migrate");

        var run = await db.RunAsync("user", "create", "--account", "NOPE", "--name", "api", "--password", "x");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Account 'NOPE' does not exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
