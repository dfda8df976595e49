using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.Events;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ChangeFeed_RegistrationWaitlistAndUnregistration_ListsEveryChangeInCommitOrder()
    {
        var tenant = await NewTenantAsync();
        var small = tenant.Catalog.Small; // two seats, two waitlist places
        var (a, b, c) = (tenant.Catalog.Accepted[0].Id, tenant.Catalog.Accepted[1].Id, tenant.Catalog.Accepted[2].Id);
        var start = await FeedStartAsync(tenant);
        await ActAsync(tenant, SessionRegActionType.Register, small.Id.ToString(), Item(a), Item(b), Item(c));
        await UnregisterAsync(tenant, small, a);

        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, TestContext.Current.CancellationToken);

        Assert.Equal(
            [
                (1L, "session.registered", a.ToString()), (2L, "session.registered", b.ToString()), (3L, "session.waitlisted", c.ToString()),
                (4L, "session.unregistered", a.ToString()), (5L, "session.promoted", c.ToString()),
            ],
            changes.Select(x => (x.Position - start, x.Type, x.RegistrantId!)));
        Assert.All(changes, x => Assert.Equal((small.Id.ToString(), tenant.Catalog.Event.Id.ToString(), "Invitee", "SessionRegAction"), (x.SessionId, x.EventId, x.RegistrantKind, x.Operation)));
        Assert.Equal("m-" + c, changes[2].MessageId);
        Assert.Equal(start + 5, await Store.LastChangePositionAsync(tenant.Account.Key, TestContext.Current.CancellationToken));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ChangeFeed_ReadPageByPage_GivesEveryChangeOnce_AndNothingOfAnotherAccount()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var (start, otherStart) = (await FeedStartAsync(tenant), await FeedStartAsync(other));
        foreach (var invitee in tenant.Catalog.Accepted.Take(7))
        {
            await RegisterAsync(tenant, tenant.Catalog.Unlimited, invitee.Id);
            await RegisterAsync(other, other.Catalog.Unlimited, other.Catalog.Accepted[0].Id);
        }

        var read = new List<ChangeRecord>();
        for (var cursor = start; ;)
        {
            var page = await Store.ReadChangesAsync(tenant.Account.Key, cursor, 3, TestContext.Current.CancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            read.AddRange(page);
            cursor = page[^1].Position;
        }

        Assert.Equal(Enumerable.Range(1, 7).Select(n => start + n), read.Select(x => x.Position));
        Assert.Equal(tenant.Catalog.Accepted.Take(7).Select(i => i.Id.ToString()), read.Select(x => x.RegistrantId));
        Assert.Single(await Store.ReadChangesAsync(other.Account.Key, otherStart, 100, TestContext.Current.CancellationToken)); // registered once, then refused
    }

    [Fact]
    public async Task ChangeFeed_ContactAndInviteeChanges_AreListedWithTheirIds()
    {
        var tenant = await NewTenantAsync();
        var ct = TestContext.Current.CancellationToken;
        var start = await FeedStartAsync(tenant);
        var id = Created(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact(null, ("LastName", "Feed"), ("EmailAddress", "feed@example.com"))));
        Assert.True(Assert.Single(await SaveContactsAsync(tenant, ContactWriteMode.Update, Contact(null, ("FirstName", "Fed")) with { Id = id })).Success);
        var transfer = new TransferInviteeCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), ActivityType.Event, tenant.Catalog.Event.Id.ToString(), [new ObjectItem(id, "t")]);
        var invitee = Assert.Single(await Store.TransferInviteeAsync(transfer, ct));
        Assert.True(Assert.Single(await Store.SimpleEventRegistrationAsync(
            new EventRegistrationCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), RegistrationAction.Register, tenant.Catalog.Event.Id.ToString(), [new ObjectItem(invitee.Id, "r")]),
            ct)).Success);
        Assert.True(Assert.Single(await DeleteContactsAsync(tenant, id)).Success);

        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, ct);

        Assert.Equal(
            [
                ("contact.created", id, null), ("contact.updated", id, null), ("invitee.created", null, invitee.Id),
                ("invitee.accepted", null, invitee.Id), ("contact.deleted", id, null),
            ],
            changes.Select(x => (x.Type, x.ContactId, x.RegistrantId)));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => start + n), changes.Select(x => x.Position));
        Assert.Equal(["CreateContact", "UpdateContact", "TransferInvitee", "SimpleEventRegistration", "DeleteContact"], changes.Select(x => x.Operation));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ChangeFeed_OfADeletedAccount_IsDeletedWithIt()
    {
        var tenant = await NewTenantAsync();
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);
        await Store.CreateWebhookAsync(tenant.Account.Key, "https://example.com/hook", "whsec_AAAA", 0, TestContext.Current.CancellationToken);

        await Store.DeleteAccountAsync(tenant.Account.Key, force: true, TestContext.Current.CancellationToken);

        Assert.Empty(await Store.ReadChangesAsync(tenant.Account.Key, 0, 100, TestContext.Current.CancellationToken));
        Assert.Empty(await Store.ListWebhooksAsync(tenant.Account.Key, TestContext.Current.CancellationToken));
        await AssertInvariantsAsync();
    }

    /// <summary>The last position of a new tenant's feed: the changes of the catalogue's import come first.</summary>
    protected async Task<long> FeedStartAsync(Tenant tenant) =>
        await Store.LastChangePositionAsync(tenant.Account.Key, TestContext.Current.CancellationToken);
}
