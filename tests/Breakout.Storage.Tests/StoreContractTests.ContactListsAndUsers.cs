using Breakout.Domain;
using Breakout.Domain.Lists;
using Breakout.Domain.Objects;
using Breakout.Domain.Users;

namespace Breakout.Storage.Tests;

/// <summary>
/// The writes of issue #18 on both stores: contact groups and distribution lists with their members, and planner
/// users with their groups. A list's name is unique in the account by the database's unique index, also when the
/// creates race; every change is seen by Retrieve, GetUpdated and GetDeleted and leaves a history row; another
/// account's lists, contacts, users and groups are not found.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task CreateDistributionList_EightStoresAtOnceWithOneName_CreateExactlyOneList()
    {
        var tenant = await NewTenantAsync();

        var results = await OnEightStoresAtOnceAsync(async (store, i) =>
            Assert.Single(await store.CreateListsAsync(CreateLists(tenant, CvObjectType.DistributionList, List(i % 2 == 0 ? "Race day" : "RACE DAY")), Ct)));

        Assert.Single(results, r => r.Success);
        Assert.Equal(7, results.Count(r => r.Error?.Code == CventErrors.DistributionListNameTaken.Code));
        Assert.Equal(1L, Convert.ToInt64(await Fixture.ExecuteOutsideAsync(
            $"SELECT COUNT(*) FROM distribution_lists WHERE account_pk = {tenant.Account.Key} AND lower(name) = 'race day'"), System.Globalization.CultureInfo.InvariantCulture));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task CreateUser_EightStoresAtOnceWithOneUsername_CreateExactlyOneUser()
    {
        var tenant = await NewTenantAsync();
        var (role, _) = await ImportRoleAndGroupAsync(tenant);

        var results = await OnEightStoresAtOnceAsync(async (store, i) => Assert.Single(await store.SaveUsersAsync(SaveUsers(tenant, create: true,
            User(null, ("UserType", "Application"), ("Username", i % 2 == 0 ? "racer" : "RACER"), ("UserRoleId", role.ToString()),
                ("Email", $"racer{i}@example.com"), ("FirstName", "Ra"), ("LastName", "Cer"), ("Password", "pw"))), Ct)));

        Assert.Single(results, r => r.Success);
        Assert.Equal(7, results.Count(r => r.Error?.Code == CventErrors.UsernameTaken.Code));
        Assert.Equal(1L, Convert.ToInt64(await Fixture.ExecuteOutsideAsync(
            $"SELECT COUNT(*) FROM planner_users WHERE account_pk = {tenant.Account.Key} AND lower(username) = 'racer'"), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Eight stores of their own (eight writers) run one call each, released together by a barrier.</summary>
    private async Task<T[]> OnEightStoresAtOnceAsync<T>(Func<IBreakoutStore, int, Task<T>> call)
    {
        var stores = new List<IBreakoutStore>();
        for (var i = 0; i < 8; i++)
        {
            stores.Add(await Fixture.OpenStoreAsync());
        }

        try
        {
            using var start = new Barrier(stores.Count);
            return await Task.WhenAll(stores.Select((store, i) => Task.Run(async () =>
            {
                start.SignalAndWait(TestContext.Current.CancellationToken);
                return await call(store, i);
            })));
        }
        finally
        {
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task ListNames_AreUniqueInTheAccount_ByTheDatabase_ButNotAcrossAccounts()
    {
        var (tenant, other) = (await NewTenantAsync(), await NewTenantAsync());
        var created = await Store.CreateListsAsync(CreateLists(tenant, CvObjectType.ContactGroup, Group("Board"), Group("BOARD"), Group("Staff")), Ct);
        var elsewhere = await Store.CreateListsAsync(CreateLists(other, CvObjectType.ContactGroup, Group("board")), Ct);

        Assert.Equal([null, CventErrors.ContactGroupNameTaken.Code, null], created.Select(r => r.Error?.Code));
        Assert.True(Assert.Single(elsewhere).Success);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Fixture.ExecuteOutsideAsync(
            $"INSERT INTO contact_groups (account_pk, id, name, updated_at) VALUES ({tenant.Account.Key}, '{CventId.New()}', 'staff', 0)"));
        Assert.Contains("unique", refused.Message, StringComparison.OrdinalIgnoreCase);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ManageListMembers_AddsAndRemovesContacts_AndRetrieveAndGetUpdatedSeeTheChange()
    {
        var tenant = await NewTenantAsync();
        var (ada, bob) = (await ImportContactAsync(tenant), await ImportContactAsync(tenant));
        var list = CventId.Parse(Assert.Single(await Store.CreateListsAsync(CreateLists(tenant, CvObjectType.DistributionList, List("Members")), Ct)).Id!);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Fixture.Clock.GetUtcNow();

        var added = await Store.ManageListMembersAsync(Manage(tenant, CvObjectType.DistributionList, list, ListMemberAction.Add, ada, bob, ada), Ct);
        var removed = await Store.ManageListMembersAsync(Manage(tenant, CvObjectType.DistributionList, list, ListMemberAction.Remove, bob, bob), Ct);

        Assert.Equal([null, null, CventErrors.ContactAlreadyInDistributionList.Code], added.Select(r => r.Error?.Code));
        Assert.Equal([ada.ToString(), bob.ToString(), ada.ToString()], added.Select(r => r.Id));
        Assert.Equal([null, CventErrors.ContactNotInDistributionList.Code], removed.Select(r => r.Error?.Code));
        Assert.Equal([ada.ToString()], await Store.GetListMembersAsync(tenant.Account.Key, CvObjectType.DistributionList, list, Ct));
        Assert.Equal([list.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, DistributionListObject.Descriptor, start, start.AddMinutes(1), 100, Ct));
        Assert.Equal("Members", Value(DistributionListObject.Descriptor, Assert.Single(await RetrieveAsync(tenant, DistributionListObject.Descriptor, list)), "DistributionListName"));
        Assert.Equal(4L, await CountChangesAsync(list));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task ManageListMembers_WithAnotherAccountsListOrContact_AnswersNotFound()
    {
        var (tenant, other) = (await NewTenantAsync(), await NewTenantAsync());
        var mine = await ImportContactAsync(tenant);
        var theirs = await ImportContactAsync(other);
        var myGroup = CventId.Parse(Assert.Single(await Store.CreateListsAsync(CreateLists(tenant, CvObjectType.ContactGroup, Group("Mine")), Ct)).Id!);
        var theirGroup = CventId.Parse(Assert.Single(await Store.CreateListsAsync(CreateLists(other, CvObjectType.ContactGroup, Group("Theirs")), Ct)).Id!);

        var foreignList = await Store.ManageListMembersAsync(Manage(tenant, CvObjectType.ContactGroup, theirGroup, ListMemberAction.Add, mine), Ct);
        var foreignContact = await Store.ManageListMembersAsync(Manage(tenant, CvObjectType.ContactGroup, myGroup, ListMemberAction.Add, theirs), Ct);

        Assert.Equal(CventErrors.InvalidContactGroupId.Code, Assert.Single(foreignList).Error?.Code);
        Assert.Equal(CventErrors.InvalidGroupMemberId.Code, Assert.Single(foreignContact).Error?.Code);
        Assert.Empty((await Store.GetListMembersAsync(other.Account.Key, CvObjectType.ContactGroup, theirGroup, Ct))!);
        Assert.Empty((await Store.GetListMembersAsync(tenant.Account.Key, CvObjectType.ContactGroup, myGroup, Ct))!);
    }

    [Fact]
    public async Task PlannerUsers_AreCreatedUpdatedGroupedAndDeleted_AndEveryReadSeesIt()
    {
        var tenant = await NewTenantAsync();
        var (role, group) = await ImportRoleAndGroupAsync(tenant);
        var other = await NewTenantAsync();
        var (otherRole, otherGroup) = await ImportRoleAndGroupAsync(other);

        var created = await Store.SaveUsersAsync(SaveUsers(tenant, create: true,
            User(null, ("UserType", "Application"), ("Username", "ann"), ("UserRoleId", role.ToString()), ("Email", "ann@example.com"), ("FirstName", "Ann"),
                ("LastName", "Lee"), ("Password", "pw")),
            User(null, ("UserType", "Application"), ("Username", "ANN"), ("UserRoleId", role.ToString()), ("Email", "a2@example.com"), ("FirstName", "A"),
                ("LastName", "B"), ("Password", "pw")),
            User(null, ("UserType", "Application"), ("Username", "bo"), ("UserRoleId", otherRole.ToString()), ("Email", "bo@example.com"), ("FirstName", "Bo"),
                ("LastName", "C"), ("Password", "pw"))), Ct);

        Assert.Equal([null, CventErrors.DuplicateUserKey.Code, CventErrors.InvalidUserRoleId.Code], created.Select(r => r.Error?.Code));
        var ann = CventId.Parse(created[0].Id!);
        var user = Assert.Single(await RetrieveAsync(tenant, UserObject.Descriptor, ann));
        Assert.Equal(("ann", "Planner", true), ((string)Value(UserObject.Descriptor, user, "Username")!, (string)Value(UserObject.Descriptor, user, "UserRole")!,
            (bool)Value(UserObject.Descriptor, user, "Active")!));
        Assert.True(Value(UserObject.Descriptor, user, "Password") is null or "", "Password is never stored");

        Fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Fixture.Clock.GetUtcNow();
        var updated = await Store.SaveUsersAsync(SaveUsers(tenant, create: false, User(ann.ToString(), ("Title", "Chair"))), Ct);
        var grouped = await Store.ManageUserGroupAsync(new ManageUserGroupCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), group.ToString(), true,
            [new ObjectItem(ann.ToString(), "g1"), new ObjectItem(ann.ToString(), "g2")]), Ct);
        var foreignGroup = await Store.ManageUserGroupAsync(new ManageUserGroupCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), otherGroup.ToString(), true,
            [new ObjectItem(ann.ToString(), "g3")]), Ct);
        var foreignUser = await Store.DeleteUsersAsync(new DeleteUsersCommand(other.Account.Key, other.User.Key, Guid.NewGuid(), [new ObjectItem(ann.ToString(), "d0")]), Ct);

        Assert.True(Assert.Single(updated).Success);
        Assert.Equal([null, CventErrors.UserAlreadyInGroup.Code], grouped.Select(r => r.Error?.Code));
        Assert.Equal(CventErrors.InvalidUserGroupId.Code, Assert.Single(foreignGroup).Error?.Code);
        Assert.Equal(CventErrors.InvalidUserId.Code, Assert.Single(foreignUser).Error?.Code);
        user = Assert.Single(await RetrieveAsync(tenant, UserObject.Descriptor, ann));
        Assert.Equal("Chair", Value(UserObject.Descriptor, user, "Title"));
        Assert.Equal([group.ToString()], user.Details.Select(d => (string)Detail(d, "UserGroupId")!));
        Assert.Equal([ann.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, UserObject.Descriptor, start, start.AddMinutes(1), 100, Ct));

        var deleted = await Store.DeleteUsersAsync(new DeleteUsersCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), [new ObjectItem(ann.ToString(), "d1")]), Ct);

        Assert.True(Assert.Single(deleted).Success);
        Assert.Empty(await RetrieveAsync(tenant, UserObject.Descriptor, ann));
        Assert.Equal([ann.ToString()], await Store.GetDeletedAsync(tenant.Account.Key, CvObjectType.User, start, start.AddMinutes(1), 100, Ct));
        Assert.Empty(await Store.GetDeletedAsync(other.Account.Key, CvObjectType.User, start, start.AddMinutes(1), 100, Ct));
        Assert.Equal(3L, await CountChangesAsync(ann)); // created, updated, deleted
        await AssertInvariantsAsync();
    }

    private static CreateListsCommand CreateLists(Tenant tenant, CvObjectType type, params ListInput[] lists) =>
        new(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), type, lists);

    private static ManageListMembersCommand Manage(Tenant tenant, CvObjectType type, CventId list, ListMemberAction action, params CventId[] contacts) =>
        new(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), type, list.ToString(), action, [.. contacts.Select((c, i) => new ObjectItem(c.ToString(), "m" + i))]);

    private static ListInput List(string name) =>
        new("new", new Dictionary<string, string> { ["DistributionListName"] = name, ["Active"] = "true", ["SecurityType"] = "Public" });

    private static ListInput Group(string name) => new("new", new Dictionary<string, string> { ["Name"] = name });

    private static SaveUsersCommand SaveUsers(Tenant tenant, bool create, params UserInput[] users) =>
        new(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), create, users);

    private static UserInput User(string? id, params (string Field, string Value)[] attributes) =>
        new(id, "u", attributes.ToDictionary(a => a.Field, a => a.Value), []);

    private async Task<CventId> ImportContactAsync(Tenant tenant)
    {
        var id = CventId.New();
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Contacts = [new ContactRecord(id, "F", "L", $"{id}@example.com", "Co")] }, Ct));
        return id;
    }

    private async Task<(CventId Role, CventId Group)> ImportRoleAndGroupAsync(Tenant tenant)
    {
        var (role, group) = (CventId.New(), CventId.New());
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Objects =
            [
                new CvObjectRow(UserRoleObject.Descriptor, role, new Dictionary<string, object?> { ["UserRoleName"] = "Planner" }),
                new CvObjectRow(UserGroupObject.Descriptor, group, new Dictionary<string, object?> { ["UserGroupName"] = "Team" }),
            ],
        }, Ct));
        return (role, group);
    }

    private async Task<long> CountChangesAsync(CventId objectId) =>
        Convert.ToInt64(await Fixture.ExecuteOutsideAsync($"SELECT COUNT(*) FROM object_changes WHERE object_id = '{objectId}'"), System.Globalization.CultureInfo.InvariantCulture);
}
