namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Webhook_CreatedWithoutAStart_DeliversOnlyLaterChanges_AndIsLeasedOnlyWithChangesToDeliver()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await NewTenantAsync();
        var start = await FeedStartAsync(tenant);
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);
        var node = "node-" + Guid.NewGuid();

        var webhook = await Store.CreateWebhookAsync(tenant.Account.Key, "https://example.com/a", "whsec_AAAA", null, ct);

        Assert.Equal((start + 1, false, 0, tenant.Account.AccountNumber), (webhook.DeliveredPosition, webhook.Dead, webhook.Failures, webhook.AccountNumber));
        Assert.DoesNotContain(await Store.LeaseDueWebhooksAsync(node, TimeSpan.FromMinutes(1), 100, ct), w => w.Id == webhook.Id);
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[1].Id);
        Assert.Contains(await Store.LeaseDueWebhooksAsync(node, TimeSpan.FromMinutes(1), 100, ct), w => w.Id == webhook.Id);
        Assert.True(await Store.DeleteWebhookAsync(webhook.Id, ct));
        Assert.Null(await Store.FindWebhookAsync(webhook.Id, ct));
    }

    [Fact]
    public async Task Webhook_LeasedByOneNode_IsNotTakenByAnother_UntilTheLeaseRunsOut()
    {
        var ct = TestContext.Current.CancellationToken;
        var webhook = await WebhookWithOneChangeAsync();
        var one = webhook.DeliveredPosition + 1;
        var (first, second) = ("first-" + Guid.NewGuid(), "second-" + Guid.NewGuid());

        Assert.Contains(await Store.LeaseDueWebhooksAsync(first, TimeSpan.FromSeconds(30), 100, ct), w => w.Id == webhook.Id);
        Assert.DoesNotContain(await Store.LeaseDueWebhooksAsync(second, TimeSpan.FromSeconds(30), 100, ct), w => w.Id == webhook.Id);
        Fixture.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Contains(await Store.LeaseDueWebhooksAsync(second, TimeSpan.FromSeconds(30), 100, ct), w => w.Id == webhook.Id);

        var now = Fixture.Clock.GetUtcNow();
        Assert.False(await Store.RecordWebhookAttemptAsync(webhook.Key, first, new WebhookAttempt(one, 1, now, 200, null, true, now, false), ct));
        Assert.True(await Store.RecordWebhookAttemptAsync(webhook.Key, second, new WebhookAttempt(one, 1, now, 200, null, true, now, false), ct));
        Assert.Equal(one, (await Store.FindWebhookAsync(webhook.Id, ct))!.DeliveredPosition);
        Assert.Equal([new WebhookDeliveryRecord(one, 1, now, 200, null, true)], await Store.ListWebhookDeliveriesAsync(webhook.Id, 10, ct));
    }

    [Fact]
    public async Task Webhook_FailingUntilDead_IsNotDue_UntilRedelivered()
    {
        var ct = TestContext.Current.CancellationToken;
        var webhook = await WebhookWithOneChangeAsync();
        var (before, one) = (webhook.DeliveredPosition, webhook.DeliveredPosition + 1);
        var node = "node-" + Guid.NewGuid();
        Assert.Contains(await Store.LeaseDueWebhooksAsync(node, TimeSpan.FromMinutes(1), 100, ct), w => w.Id == webhook.Id);
        var now = Fixture.Clock.GetUtcNow();

        Assert.True(await Store.RecordWebhookAttemptAsync(webhook.Key, node, new WebhookAttempt(one, 1, now, 500, "HTTP 500", false, now.AddSeconds(5), false), ct));
        Assert.True(await Store.RecordWebhookAttemptAsync(webhook.Key, node, new WebhookAttempt(one, 2, now, null, "refused", false, now.AddSeconds(10), true), ct));

        var dead = (await Store.FindWebhookAsync(webhook.Id, ct))!;
        Assert.Equal((true, 2, before, "refused"), (dead.Dead, dead.Failures, dead.DeliveredPosition, dead.LastError));
        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.DoesNotContain(await Store.LeaseDueWebhooksAsync(node, TimeSpan.FromMinutes(1), 100, ct), w => w.Id == webhook.Id);
        var again = (await Store.RedeliverWebhookAsync(webhook.Id, null, ct))!;
        Assert.Equal((false, 0, before), (again.Dead, again.Failures, again.DeliveredPosition));
        Assert.Contains(await Store.LeaseDueWebhooksAsync(node, TimeSpan.FromMinutes(1), 100, ct), w => w.Id == webhook.Id);
        Assert.Equal([false, false], (await Store.ListWebhookDeliveriesAsync(webhook.Id, 10, ct)).Select(d => d.Delivered));
    }

    /// <summary>A subscription of a new account's feed from before its one registration.</summary>
    private async Task<WebhookRecord> WebhookWithOneChangeAsync()
    {
        var tenant = await NewTenantAsync();
        var start = await FeedStartAsync(tenant);
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);
        return await Store.CreateWebhookAsync(tenant.Account.Key, "https://example.com/hook", "whsec_AAAA", start, TestContext.Current.CancellationToken);
    }
}
