using Breakout.Domain;
using Breakout.Domain.Lists;
using Breakout.Domain.Objects;
using Breakout.Domain.Sessions;

namespace Breakout.Storage.Tests;

/// <summary>
/// The kinds of the change feed beyond registrations and contacts (#21 item 5): imports, sessions (also changed in the
/// console), events, contact lists and their members, planner users.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ChangeFeed_OfAnImport_ListsItsEventsSessionsContactsInviteesAndGuests_AsCreatedThenUpdated()
    {
        var catalog = new TestCatalog();
        var tenant = await NewTenantAsync(catalog);
        var first = await Store.ReadChangesAsync(tenant.Account.Key, 0, 1000, Ct);
        var start = await FeedStartAsync(tenant);

        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, catalog.Batch, Ct));
        var again = await Store.ReadChangesAsync(tenant.Account.Key, start, 1000, Ct);

        Assert.Equal(Enumerable.Range(1, first.Count).Select(n => (long)n), first.Select(c => c.Position));
        Assert.All(first.Concat(again), c => Assert.Equal("Import", c.Operation));
        Assert.Single(first.Select(c => c.CallId).Distinct());
        Assert.Equal(
            [
                .. catalog.Batch.Events.Select(e => ("event.created", e.Id.ToString(), (string?)null)),
                .. catalog.Batch.Sessions.Select(s => ("session.created", s.EventId.ToString(), (string?)s.Id.ToString())),
            ],
            first.Where(c => c.Type.StartsWith("event.", StringComparison.Ordinal) || c.Type.StartsWith("session.", StringComparison.Ordinal))
                .Select(c => (c.Type, c.EventId!, c.SessionId)));
        Assert.Equal(catalog.Batch.Contacts.Select(c => c.Id.ToString()), first.Where(c => c.Type == "contact.created").Select(c => c.ContactId));
        Assert.Equal(
            [
                .. catalog.Batch.Invitees.Select(i => ("invitee.created", i.Id.ToString(), "Invitee", i.ConfirmationNumber, i.EventId.ToString())),
                ("guest.created", catalog.Guest.Id.ToString(), "Guest", catalog.Guest.ConfirmationNumber, catalog.Event.Id.ToString()),
            ],
            first.Where(c => c.RegistrantId is not null).Select(c => (c.Type, c.RegistrantId!, c.RegistrantKind!, c.ConfirmationNumber!, c.EventId!)));
        Assert.All(first.Concat(again), c => Assert.Null(c.Fields)); // an import sets rows as they are: no field-by-field changes
        Assert.Equal(first.Select(c => c.Type.Replace("created", "updated", StringComparison.Ordinal)), again.Select(c => c.Type));
        Assert.NotEqual(first[0].CallId, again[0].CallId);
    }

    [Fact]
    public async Task ChangeFeed_OfAnImport_ListsItsContactListsAndTheMembersTheyDidNotHave()
    {
        var tenant = await NewTenantAsync();
        var (ada, bob, group, list) = (CventId.New(), CventId.New(), CventId.New(), CventId.New());
        var contacts = new[] { new ContactRecord(ada, "Ada", "Lovelace", "ada@example.com", "Engines"), new ContactRecord(bob, "Bob", "Babbage", "bob@example.com", "Engines") };
        CatalogBatch Lists(params CvDetailRow[] members) => new()
        {
            Objects = [Row(CvObjectType.ContactGroup, group, ("Name", "Speakers"), ("GroupType", "Static")), Row(CvObjectType.DistributionList, list, ("DistributionListName", "News"))],
            Details = members,
        };
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Contacts = contacts }, Ct));
        var start = await FeedStartAsync(tenant);

        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, Lists([.. Members(CvObjectType.ContactGroup, group, ada), .. Members(CvObjectType.DistributionList, list, bob)]), Ct));
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, Lists([.. Members(CvObjectType.ContactGroup, group, ada, bob)]), Ct));
        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        Assert.Equal(
            [
                ("contact_group.created", group.ToString(), null), ("distribution_list.created", list.ToString(), null),
                ("contact_group.member_added", group.ToString(), ada.ToString()), ("distribution_list.member_added", list.ToString(), bob.ToString()),
                ("contact_group.updated", group.ToString(), null), ("distribution_list.updated", list.ToString(), null),
                ("contact_group.member_added", group.ToString(), bob.ToString()), // Ada was a member already
            ],
            changes.Select(x => (x.Type, x.ObjectId!, x.ContactId)));
        Assert.All(changes, x => Assert.Equal("Import", x.Operation));
        Assert.Equal(2, changes.Select(x => x.CallId).Distinct().Count());
    }

    [Fact]
    public async Task ChangeFeed_OfAnImport_ListsItsPlannerUsers_AsCreatedThenUpdated()
    {
        var tenant = await NewTenantAsync();
        var user = CventId.New();
        var batch = new CatalogBatch { Objects = [Row(CvObjectType.User, user, ("Username", "imported"), ("FirstName", "Imp"), ("LastName", "Orted"))] };
        var start = await FeedStartAsync(tenant);

        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, batch, Ct));
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, batch, Ct));
        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        Assert.Equal([("user.created", user.ToString()), ("user.updated", user.ToString())], changes.Select(x => (x.Type, x.ObjectId!)));
        Assert.All(changes, x => Assert.Equal("Import", x.Operation));
    }

    [Fact]
    public async Task ChangeFeed_SessionCreatedAndChangedInTheConsole_ListsTheChangeBeforeThePromotionItCaused()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        foreach (var invitee in c.Accepted.Take(3))
        {
            await RegisterAsync(tenant, c.Small, invitee.Id); // two seats: the third waits
        }

        var start = await FeedStartAsync(tenant);
        var console = await Store.ConsoleApiUserAsync(tenant.Account.Key, Ct);
        Assert.Null(Assert.Single(await Store.SaveSessionsAsync(
            new SaveSessionsCommand(tenant.Account.Key, console, Guid.NewGuid(), false, null, [new SessionInput { Id = c.Small.Id.ToString(), Capacity = 3 }], "alice"), Ct)).Error);
        var created = Assert.Single(await Store.SaveSessionsAsync(new SaveSessionsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), true, c.Event.Id.ToString(),
            [new SessionInput { Name = "Late addition", MessageId = "s-1" }]), Ct));

        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        Assert.Equal(
            [
                ("session.updated", c.Small.Id.ToString(), null, "UpdateSession", null),
                ("session.promoted", c.Small.Id.ToString(), c.Accepted[2].Id.ToString(), "UpdateSession", null),
                ("session.created", created.Id!, null, "CreateSession", "s-1"),
            ],
            changes.Select(x => (x.Type, x.SessionId!, x.RegistrantId, x.Operation, x.MessageId)));
        Assert.All(changes, x => Assert.Equal(c.Event.Id.ToString(), x.EventId));
        Assert.Equal(changes[0].CallId, changes[1].CallId);
        Assert.Equal(["Capacity"], changes[0].ChangedFields); // the console's capacity change
        Assert.Null(changes[2].ChangedFields);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ChangeFeed_ListsContactGroupsAndTheirMembers_PlannerUsers_AndCopiedEvents()
    {
        var tenant = await NewTenantAsync();
        var ada = await ImportContactAsync(tenant);
        var (role, _) = await ImportRoleAndGroupAsync(tenant);
        var start = await FeedStartAsync(tenant);

        var group = CventId.Parse(Assert.Single(await Store.CreateListsAsync(CreateLists(tenant, CvObjectType.ContactGroup, Group("Board")), Ct)).Id!);
        Assert.True(Assert.Single(await Store.ManageListMembersAsync(Manage(tenant, CvObjectType.ContactGroup, group, ListMemberAction.Add, ada), Ct)).Success);
        var user = Assert.Single(await Store.SaveUsersAsync(SaveUsers(tenant, create: true,
            User(null, ("UserType", "Application"), ("Username", "feed"), ("UserRoleId", role.ToString()), ("Email", "feed@example.com"), ("FirstName", "F"),
                ("LastName", "Eed"), ("Password", "pw"))), Ct)).Id!;
        var copy = Assert.Single(await Store.CopyEventAsync(
            EventCommand(tenant, tenant.Catalog.Event.Id.ToString(), Parameters(new Dictionary<string, string> { ["Title"] = "Again" }, "copy-1")), Ct));

        var changes = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, Ct);

        Assert.Equal(
            [
                ("contact_group.created", group.ToString(), null, null, null),
                ("contact_group.member_added", group.ToString(), ada.ToString(), null, null),
                ("user.created", user, null, null, null),
                ("event.copied", null, null, null, copy.Id),
            ],
            changes.Take(4).Select(x => (x.Type, x.ObjectId, x.ContactId, x.MemberId, x.EventId)));
        Assert.Equal(["CreateContactGroup", "ManageContactGroupMembers", "CreateUser", "CopyEvent"], changes.Take(4).Select(x => x.Operation));
        Assert.All(changes.Skip(4), x => Assert.Equal(("session.created", copy.Id), (x.Type, x.EventId))); // its sessions
        Assert.Equal("copy-1", changes[3].MessageId);
    }
}
