using Breakout.Domain;
using Breakout.Domain.Access;

namespace Breakout.Storage.Tests;

/// <summary><see cref="IAccountAdministration"/> and <see cref="ISessionReports"/>: what the operator's commands read and change.</summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SessionFill_CountsSeatsWaitlistAndFreeSeats_ForOneEventOrAll_InEventAndNameOrder()
    {
        var tenant = await NewTenantAsync();
        var c = tenant.Catalog;
        foreach (var invitee in c.Accepted.Take(3))
        {
            await RegisterAsync(tenant, c.Small, invitee.Id);
        }

        await RegisterAsync(tenant, c.Single, c.Accepted[0].Id);
        await RegisterAsync(tenant, c.Unlimited, c.Accepted[0].Id);

        var one = await Store.SessionFillAsync(tenant.Account.Key, c.Event.Id, TestContext.Current.CancellationToken);
        var all = await Store.SessionFillAsync(tenant.Account.Key, null, TestContext.Current.CancellationToken);

        Assert.NotNull(one);
        Assert.Equal(["Closed", "Keynote", "Single", "Small", "Track A", "Track B", "Unlimited"], one.Select(s => s.Name));
        var small = one.Single(s => s.SessionId == c.Small.Id);
        Assert.Equal((c.Event.Id, "Contract Conference", 2, 2, 1, 2, true, (int?)0), (small.EventId, small.EventTitle, small.Capacity, small.Registered, small.Waitlisted, small.WaitlistCapacity, small.EnableWaitlist, small.FreeSeats));
        Assert.Equal((1, 1, 0, (int?)0), Fill(one.Single(s => s.SessionId == c.Single.Id)));
        Assert.Equal((-1, 1, 0, (int?)null), Fill(one.Single(s => s.SessionId == c.Unlimited.Id)));
        Assert.Equal((10, 0, 0, (int?)10), Fill(one.Single(s => s.SessionId == c.GroupA.Id)));
        Assert.Equal(ProductStatus.ClosedForRegistration, one.Single(s => s.SessionId == c.Closed.Id).Status);
        Assert.NotNull(all);
        Assert.Equal([.. one.Select(s => s.SessionId), c.OtherEventSession.Id], all.Select(s => s.SessionId));

        var other = await NewTenantAsync();
        Assert.Null(await Store.SessionFillAsync(tenant.Account.Key, other.Catalog.Event.Id, TestContext.Current.CancellationToken));
        Assert.Null(await Store.SessionFillAsync(tenant.Account.Key, CventId.New(), TestContext.Current.CancellationToken));

        static (int, int, int, int?) Fill(SessionFill s) => (s.Capacity, s.Registered, s.Waitlisted, s.FreeSeats);
    }

    [Fact]
    public async Task ApiUsers_Listed_ShowLockoutAndTheLastLogin_InNameOrder()
    {
        var tenant = await NewTenantAsync();
        var locked = await Store.CreateApiUserAsync(tenant.Account.Key, "Locked", "hash", "10.0.0.0/8", TestContext.Current.CancellationToken);
        await Store.RecordFailedLoginAsync(locked.Key, new LoginPolicy { MaxFailedLogins = 1 }, TestContext.Current.CancellationToken);
        var loginAt = Fixture.Clock.GetUtcNow();
        await Store.RecordSuccessfulLoginAsync(tenant.User.Key, NewTokenHash(), loginAt.AddHours(1), TestContext.Current.CancellationToken);
        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));

        var users = await Store.ListApiUsersAsync(tenant.Account.Key, TestContext.Current.CancellationToken);

        Assert.Equal(["Locked", "api"], users.Select(u => u.User.UserName));
        Assert.Equal((1, loginAt.AddMinutes(30), (DateTimeOffset?)null, "10.0.0.0/8"), (users[0].User.FailedLogins, users[0].User.LockedUntil, users[0].LastLoginAt, users[0].User.AllowedIps));
        Assert.Equal((0, (DateTimeOffset?)null, (DateTimeOffset?)loginAt), (users[1].User.FailedLogins, users[1].User.LockedUntil, users[1].LastLoginAt));
        Assert.Empty(await Store.ListApiUsersAsync((await NewAccountAsync()).Key, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiUser_Unlocked_CanBeCountedAgainFromZero()
    {
        var tenant = await NewTenantAsync();
        var policy = new LoginPolicy { MaxFailedLogins = 2 };
        await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken);
        Assert.NotNull((await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken)).LockedUntil);

        var unlocked = await Store.UnlockApiUserAsync(tenant.User.Key, TestContext.Current.CancellationToken);

        Assert.Equal((0, (DateTimeOffset?)null), (unlocked.FailedLogins, unlocked.LockedUntil));
        Assert.Equal(unlocked, await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken));
        Assert.Null((await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken)).LockedUntil);
    }

    [Fact]
    public async Task ApiUser_NewPassword_ReplacesTheHashAndEndsTheLockout_KeepingTheAllowList()
    {
        var tenant = await NewTenantAsync();
        await Store.CreateApiUserAsync(tenant.Account.Key, "api", "old-hash", "192.0.2.1", TestContext.Current.CancellationToken);
        await Store.RecordFailedLoginAsync(tenant.User.Key, new LoginPolicy { MaxFailedLogins = 1 }, TestContext.Current.CancellationToken);

        var changed = await Store.SetApiUserPasswordAsync(tenant.User.Key, "new-hash", TestContext.Current.CancellationToken);

        Assert.Equal(new ApiUserRecord(tenant.User.Key, tenant.Account.Key, "api", "new-hash", "192.0.2.1", true, 0, null), changed);
        Assert.Equal(changed, await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiUser_Disabled_HasItsTokensReportedInactiveAtOnce_AndEnabledAgain_Active()
    {
        var tenant = await NewTenantAsync();
        var hash = await LoginAsync(tenant, Store);
        Assert.True((await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.UserActive);

        Assert.False((await Store.SetApiUserActiveAsync(tenant.User.Key, false, TestContext.Current.CancellationToken)).Active);
        Assert.False((await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.UserActive);
        Assert.False((await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken))!.Active);

        Assert.True((await Store.SetApiUserActiveAsync(tenant.User.Key, true, TestContext.Current.CancellationToken)).Active);
        Assert.True((await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken))!.UserActive);
    }

    [Fact]
    public async Task ApiUser_Deleted_WithoutLoggedCalls_IsGoneWithItsTokens()
    {
        var tenant = await NewTenantAsync();
        var hash = await LoginAsync(tenant, Store);

        Assert.Equal(0, await Store.DeleteApiUserAsync(tenant.User.Key, TestContext.Current.CancellationToken));

        Assert.Null(await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken));
        Assert.Empty(await Store.ListApiUsersAsync(tenant.Account.Key, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiUser_NamedByTheAuditLog_IsNotDeleted()
    {
        var tenant = await NewTenantAsync();
        await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);
        await UnregisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id);

        Assert.Equal(2, await Store.DeleteApiUserAsync(tenant.User.Key, TestContext.Current.CancellationToken));

        Assert.NotNull(await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Account_WithOnlyApiUsers_IsDeletedWithoutForce()
    {
        var account = await NewAccountAsync();
        var user = await Store.CreateApiUserAsync(account.Key, "api", "hash", "", TestContext.Current.CancellationToken);
        await Store.RecordSuccessfulLoginAsync(user.Key, NewTokenHash(), Fixture.Clock.GetUtcNow().AddHours(1), TestContext.Current.CancellationToken);

        var deletion = await Store.DeleteAccountAsync(account.Key, force: false, TestContext.Current.CancellationToken);

        Assert.Equal(new AccountDeletion(true, new AccountContents(1, 0, 0, 0, 0, 0, 0)), deletion);
        Assert.Null(await Store.FindAccountAsync(account.AccountNumber, TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await Store.ListAccountsAsync(TestContext.Current.CancellationToken), a => a.Account.Key == account.Key);
    }

    [Fact]
    public async Task Account_WithData_IsKeptWithoutForce_AndDeletedWithAllOfItWithForce_LeavingOthersAlone()
    {
        var tenant = await NewTenantAsync();
        var neighbour = await NewTenantAsync();
        foreach (var t in new[] { tenant, neighbour })
        {
            await RegisterAsync(t, t.Catalog.Small, t.Catalog.Accepted[0].Id);
            await RegisterAsync(t, t.Catalog.Small, t.Catalog.Accepted[1].Id);
            await RegisterAsync(t, t.Catalog.Small, t.Catalog.Accepted[2].Id);
            await RegisterAsync(t, t.Catalog.Unlimited, t.Catalog.Guest.Id);
            await LoginAsync(t, Store);
        }

        var expected = new AccountContents(1, 2, 8, 0, 11, 1, 5); // the calls: four registrations and the catalogue's import
        var summary = (await Store.ListAccountsAsync(TestContext.Current.CancellationToken)).Single(a => a.Account.Key == tenant.Account.Key);
        Assert.Equal((tenant.Account, expected), (summary.Account, summary.Contents));

        Assert.Equal(new AccountDeletion(false, expected), await Store.DeleteAccountAsync(tenant.Account.Key, force: false, TestContext.Current.CancellationToken));
        Assert.Equal(4, (await ExportAsync(tenant)).Count);

        Assert.Equal(new AccountDeletion(true, expected), await Store.DeleteAccountAsync(tenant.Account.Key, force: true, TestContext.Current.CancellationToken));

        Assert.Null(await Store.FindAccountAsync(tenant.Account.AccountNumber, TestContext.Current.CancellationToken));
        Assert.Empty(await ExportAsync(tenant));
        Assert.Equal(4, (await ExportAsync(neighbour)).Count);
        Assert.Equal(1, (await Store.SessionFillAsync(neighbour.Account.Key, neighbour.Catalog.Event.Id, TestContext.Current.CancellationToken))!
            .Single(s => s.SessionId == neighbour.Catalog.Small.Id).Waitlisted);
        foreach (var table in new[] { "events", "sessions", "registrants", "api_users", "login_tokens", "api_calls", "api_usage", "deleted_objects" })
        {
            Assert.Equal(0L, Convert.ToInt64(await Fixture.ExecuteOutsideAsync($"SELECT COUNT(*) FROM {table} WHERE account_pk = {tenant.Account.Key}"), System.Globalization.CultureInfo.InvariantCulture));
        }

        await AssertInvariantsAsync();
    }

    private Task<AccountRecord> NewAccountAsync() => Store.CreateAccountAsync(NewAccountNumber(), "Administered", TestContext.Current.CancellationToken);
}
