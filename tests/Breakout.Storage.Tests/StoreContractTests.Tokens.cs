namespace Breakout.Storage.Tests;

/// <summary>
/// Token lookups may be answered from memory for a second (the stores' default <c>TokenCacheLifetime</c>): what this
/// store changes is seen at once, what another node or process changes once that second has passed, and a token
/// issued anywhere is found at once.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly TimeSpan TokenCacheLifetime = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Token_AfterThisStoreChangesItsUser_IsAnsweredWithTheChangeAtOnce()
    {
        var tenant = await NewTenantAsync();
        var hash = await LoginAsync(tenant, Store);
        Assert.Equal("", (await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.AllowedIps);

        await Store.CreateApiUserAsync(tenant.Account.Key, tenant.User.UserName, "another-hash", "10.0.0.0/8", TestContext.Current.CancellationToken);

        Assert.Equal("10.0.0.0/8", (await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.AllowedIps);
    }

    [Fact]
    public async Task Token_IssuedByAnotherNode_IsFoundAtOnce_EvenRightAfterAMiss()
    {
        var tenant = await NewTenantAsync();
        await using var other = await Fixture.OpenStoreAsync();
        var hash = NewTokenHash();
        Assert.Null(await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken));

        await other.RecordSuccessfulLoginAsync(tenant.User.Key, hash, Fixture.Clock.GetUtcNow().AddHours(1), TestContext.Current.CancellationToken);

        Assert.Equal(tenant.User.Key, (await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))?.ApiUserKey);
    }

    [Fact]
    public async Task Token_OfAUserDeactivatedElsewhere_ReportsTheUserInactive_OnceTheCacheLifetimeHasPassed()
    {
        var tenant = await NewTenantAsync();
        var hash = await LoginAsync(tenant, Store);
        Assert.True((await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.UserActive);

        await Fixture.ExecuteOutsideAsync($"UPDATE api_users SET active = 0 WHERE pk = {tenant.User.Key}");
        Fixture.Clock.Advance(TokenCacheLifetime);

        Assert.False((await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.UserActive);
    }

    [Fact]
    public async Task Token_ReadFromMemory_KeepsItsExpiry()
    {
        var tenant = await NewTenantAsync();
        var expires = Fixture.Clock.GetUtcNow().AddMinutes(60);
        var hash = NewTokenHash();
        await Store.RecordSuccessfulLoginAsync(tenant.User.Key, hash, expires, TestContext.Current.CancellationToken);

        var first = await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken);
        var again = await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken);

        Assert.Equal(expires, first!.ExpiresAt);
        Assert.Equal(first, again);
    }

    private async Task<string> LoginAsync(Tenant tenant, IBreakoutStore store)
    {
        var hash = NewTokenHash();
        await store.RecordSuccessfulLoginAsync(tenant.User.Key, hash, Fixture.Clock.GetUtcNow().AddHours(1), TestContext.Current.CancellationToken);
        return hash;
    }
}
