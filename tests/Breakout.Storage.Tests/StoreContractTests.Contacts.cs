using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Contacts_Created_AreFoundWithEveryTypeOfValue_OnlyInTheirAccount()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var parent = Created(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact(null, ("LastName", "Parent"))));

        var id = Created(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact("m1",
            ("LastName", "Typed"), ("EmailAddress", "typed@example.com"), ("OptedIn", "1"), ("JoinDate", "2026-03-04T05:06:07.089"),
            ("ParentContactId", parent.ToLowerInvariant()), ("HomeCountryCode", "gb"), ("Company", ""))));

        var stored = await Store.FindContactAsync(tenant.Account.Key, CventId.Parse(id), TestContext.Current.CancellationToken);
        Assert.Equal(CventId.Parse(id), stored!.Id);
        Assert.Equal(("Typed", "typed@example.com", "true", "2026-03-04T05:06:07.089", parent, "GB"),
            (stored.Values["LastName"], stored.Values["EmailAddress"], stored.Values["OptedIn"], stored.Values["JoinDate"], stored.Values["ParentContactId"], stored.Values["HomeCountryCode"]));
        Assert.Equal(("true", "api", CvValues.Format(Fixture.Clock.GetUtcNow())), (stored.Values["Active"], stored.Values["CreatedBy"], stored.Values["CreatedDate"]));
        Assert.False(stored.Values.ContainsKey("Company"));
        Assert.Null(await Store.FindContactAsync(other.Account.Key, CventId.Parse(id), TestContext.Current.CancellationToken));
        Assert.Equal(CventErrors.InvalidContactId.Code, Assert.Single(await SaveContactsAsync(other, ContactWriteMode.Update, Contact(null, ("LastName", "X")) with { Id = id })).Error?.Code);
        Assert.Equal(CventErrors.InvalidContactId.Code, Assert.Single(await DeleteContactsAsync(other, id)).Error?.Code);
    }

    [Fact]
    public async Task Contacts_Upsert_MatchesTheEmailKeyInAnyCase_AndCreateRefusesIt()
    {
        var tenant = await NewTenantAsync();
        var first = Assert.Single(await SaveContactsAsync(tenant, ContactWriteMode.Upsert,
            Contact("u1", ("FirstName", "Up"), ("LastName", "Sert"), ("EmailAddress", "Up.Sert@Example.com"))));

        var second = Assert.Single(await SaveContactsAsync(tenant, ContactWriteMode.Upsert,
            Contact("u2", ("FirstName", "Up"), ("LastName", "Dated"), ("EmailAddress", "up.sert@example.com"))));
        var create = Assert.Single(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact("c", ("LastName", "Dup"), ("EmailAddress", "UP.SERT@EXAMPLE.COM"))));

        Assert.Equal((true, true), (first.Success, first.NewContact));
        Assert.Equal((true, false, first.Id, "u2"), (second.Success, second.NewContact, second.Id, second.ReferenceId));
        Assert.Equal(CventErrors.ContactAlreadyExists, create.Error);
        var stored = await Store.FindContactAsync(tenant.Account.Key, CventId.Parse(first.Id!), TestContext.Current.CancellationToken);
        Assert.Equal(("Dated", "up.sert@example.com"), (stored!.Values["LastName"], stored.Values["EmailAddress"]));
    }

    [Fact]
    public async Task Contacts_CreatedConcurrentlyWithOneEmail_OnlyOneIsCreated()
    {
        var tenant = await NewTenantAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            SaveContactsAsync(tenant, ContactWriteMode.Create, Contact("r" + i, ("LastName", "Racer" + i), ("EmailAddress", "race@example.com")))));

        var outcomes = results.Select(r => Assert.Single(r).Error?.Code).ToList();
        Assert.Equal(1, outcomes.Count(c => c is null));
        Assert.All(outcomes.Where(c => c is not null), c => Assert.Equal(CventErrors.ContactAlreadyExists.Code, c));
    }

    [Fact]
    public async Task Contacts_Deleted_AreGoneForEveryCall_LeaveATombstone_AndFreeTheirEmail()
    {
        var tenant = await NewTenantAsync();
        var id = Created(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact(null, ("LastName", "Gone"), ("SourceId", "S1"), ("EmailAddress", "gone@example.com"))));
        var transfer = new TransferInviteeCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), ActivityType.Event, tenant.Catalog.Event.Id.ToString(), [new ObjectItem(id, "t")]);
        var invitee = Assert.Single(await Store.TransferInviteeAsync(transfer, TestContext.Current.CancellationToken));

        var deleted = Assert.Single(await DeleteContactsAsync(tenant, id));

        Assert.Equal((true, id, "S1"), (deleted.Success, deleted.Id, deleted.SourceId));
        Assert.Null(await Store.FindContactAsync(tenant.Account.Key, CventId.Parse(id), TestContext.Current.CancellationToken));
        Assert.Equal(CventErrors.InvalidContactId, Assert.Single(await DeleteContactsAsync(tenant, id)).Error);
        Assert.Equal(CventErrors.ContactDoesNotExist, Assert.Single(await Store.TransferInviteeAsync(transfer with { CallId = Guid.NewGuid() }, TestContext.Current.CancellationToken)).Error);
        Assert.True(Assert.Single(await SaveContactsAsync(tenant, ContactWriteMode.Create, Contact(null, ("LastName", "New"), ("EmailAddress", "GONE@example.com")))).Success);
        var registered = await Store.SimpleEventRegistrationAsync(
            new EventRegistrationCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), RegistrationAction.Register, tenant.Catalog.Event.Id.ToString(), [new ObjectItem(invitee.Id, null)]),
            TestContext.Current.CancellationToken);
        Assert.True(Assert.Single(registered).Success);
        await AssertInvariantsAsync();
    }

    private static ContactInput Contact(string? messageId, params (string Name, string Value)[] attributes) =>
        new(null, messageId, attributes.ToDictionary(a => a.Name, a => a.Value));

    private static string Created(IReadOnlyList<ContactItemResult> results)
    {
        var result = Assert.Single(results);
        Assert.True(result.Success, result.Error?.Description);
        return result.Id!;
    }

    private Task<IReadOnlyList<ContactItemResult>> SaveContactsAsync(Tenant tenant, ContactWriteMode mode, params ContactInput[] contacts) =>
        Store.SaveContactsAsync(new SaveContactsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), mode, contacts), TestContext.Current.CancellationToken);

    private Task<IReadOnlyList<ContactItemResult>> DeleteContactsAsync(Tenant tenant, params string[] ids) =>
        Store.DeleteContactsAsync(new DeleteContactsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), [.. ids.Select(id => new ObjectItem(id, null))]),
            TestContext.Current.CancellationToken);
}
