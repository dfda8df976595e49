namespace Breakout.Storage.Tests;

/// <summary>The change feed's retention (#21 item 5): old rows purged as a prefix, the last row and undelivered rows kept.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ChangeFeedPurge_DeletesTheChangesOlderThanTheRetention_AndKeepsTheNewerOnesInOrder()
    {
        var tenant = await NewTenantAsync();
        var start = await FeedStartAsync(tenant); // the import's changes, now old
        Fixture.Clock.Advance(TimeSpan.FromDays(8));
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[1].Id);

        await Store.PurgeChangesAsync(Fixture.Clock.GetUtcNow().AddDays(-7), 10_000, Ct);

        Assert.Equal(start + 1, await Store.FirstChangePositionAsync(tenant.Account.Key, Ct));
        Assert.Equal([start + 1, start + 2], (await Store.ReadChangesAsync(tenant.Account.Key, 0, 100, Ct)).Select(c => c.Position));
        Assert.Equal(0, await Store.PurgeChangesAsync(Fixture.Clock.GetUtcNow().AddDays(-7), 10_000, Ct));
    }

    [Fact]
    public async Task ChangeFeedPurge_KeepsTheLastChange_SoPositionsGoOnFromIt()
    {
        var tenant = await NewTenantAsync();
        var start = await FeedStartAsync(tenant);
        Fixture.Clock.Advance(TimeSpan.FromDays(8));

        await Store.PurgeChangesAsync(Fixture.Clock.GetUtcNow().AddDays(-7), 3, Ct); // in rounds of three
        while (await Store.PurgeChangesAsync(Fixture.Clock.GetUtcNow().AddDays(-7), 3, Ct) > 0)
        {
        }

        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);

        Assert.Equal([start, start + 1], (await Store.ReadChangesAsync(tenant.Account.Key, 0, 100, Ct)).Select(c => c.Position));
    }

    [Fact]
    public async Task ChangeFeedPurge_KeepsWhatAWebhookHasNotDelivered()
    {
        var tenant = await NewTenantAsync();
        var start = await FeedStartAsync(tenant);
        var webhook = await Store.CreateWebhookAsync(tenant.Account.Key, "https://example.com/hook", "whsec_AAAA", start - 3, Ct);
        Fixture.Clock.Advance(TimeSpan.FromDays(8));
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);

        await Store.PurgeChangesAsync(Fixture.Clock.GetUtcNow().AddDays(-7), 10_000, Ct);

        Assert.Equal(start - 2, await Store.FirstChangePositionAsync(tenant.Account.Key, Ct));
        Assert.True(await Store.DeleteWebhookAsync(webhook.Id, Ct));
        await Store.PurgeChangesAsync(Fixture.Clock.GetUtcNow().AddDays(-7), 10_000, Ct);
        Assert.Equal(start + 1, await Store.FirstChangePositionAsync(tenant.Account.Key, Ct));
    }
}
