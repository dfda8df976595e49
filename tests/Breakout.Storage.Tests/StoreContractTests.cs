using Breakout.Domain;
using Breakout.Domain.Access;

namespace Breakout.Storage.Tests;

/// <summary>
/// What every <see cref="IBreakoutStore"/> must do, written once and run against each store by a subclass.
/// Each test works in an account of its own and ends by checking the store's invariants.
/// </summary>
public abstract partial class StoreContractTests(StoreFixture fixture)
{
    protected StoreFixture Fixture { get; } = fixture;

    protected IBreakoutStore Store => Fixture.Store;

    [Fact]
    public async Task Migrate_RunAgainAndFromASecondInstance_KeepsSchemaAndData()
    {
        var tenant = await NewTenantAsync();
        await Store.MigrateAsync(TestContext.Current.CancellationToken);
        await using (var second = await Fixture.OpenStoreAsync())
        {
            await second.MigrateAsync(TestContext.Current.CancellationToken);
            Assert.Equal(tenant.Account, await second.FindAccountAsync(tenant.Account.AccountNumber, TestContext.Current.CancellationToken));
        }

        Assert.False(await Store.IsEmptyAsync(TestContext.Current.CancellationToken));
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, tenant.Catalog.Unlimited, tenant.Catalog.Accepted[0].Id)).Outcome);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Account_WhenCreated_IsFoundByItsNumberOnly()
    {
        var number = NewAccountNumber();
        var created = await Store.CreateAccountAsync(number, "Contract tenant", TestContext.Current.CancellationToken);

        Assert.Equal(new AccountRecord(created.Key, number, "Contract tenant"), await Store.FindAccountAsync(number, TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindAccountAsync(NewAccountNumber(), TestContext.Current.CancellationToken));
        Assert.False(await Store.IsEmptyAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiUser_CreatedAgain_IsUpdatedInPlaceAndUnlocked()
    {
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Users", TestContext.Current.CancellationToken);
        var user = await Store.CreateApiUserAsync(account.Key, "api", "hash-1", "127.0.0.1", TestContext.Current.CancellationToken);
        await Store.RecordFailedLoginAsync(user.Key, new LoginPolicy { MaxFailedLogins = 1 }, TestContext.Current.CancellationToken);

        var again = await Store.CreateApiUserAsync(account.Key, "api", "hash-2", "", TestContext.Current.CancellationToken);

        Assert.Equal(new ApiUserRecord(user.Key, account.Key, "api", "hash-2", "", true, 0, null), again);
        Assert.Equal(again, await Store.FindApiUserAsync(account.AccountNumber, "api", TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindApiUserAsync(account.AccountNumber, "nobody", TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindApiUserAsync(NewAccountNumber(), "api", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FailedLogins_ReachingTheLimit_LockTheUserUntilTheLockoutRunsOut()
    {
        var tenant = await NewTenantAsync();
        var policy = new LoginPolicy { MaxFailedLogins = 3, LockoutDuration = TimeSpan.FromMinutes(30) };

        Assert.Equal((1, (DateTimeOffset?)null), Counted(await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken)));
        Assert.Equal((2, (DateTimeOffset?)null), Counted(await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken)));
        var lockedUntil = Fixture.Clock.GetUtcNow() + policy.LockoutDuration;
        Assert.Equal((3, lockedUntil), Counted(await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken)));
        Assert.Equal((3, lockedUntil), Counted((await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken))!));

        Fixture.Clock.Advance(policy.LockoutDuration + TimeSpan.FromSeconds(1));
        Assert.Equal((1, (DateTimeOffset?)null), Counted(await Store.RecordFailedLoginAsync(tenant.User.Key, policy, TestContext.Current.CancellationToken)));

        await Store.RecordSuccessfulLoginAsync(tenant.User.Key, NewTokenHash(), Fixture.Clock.GetUtcNow().AddHours(1), TestContext.Current.CancellationToken);
        Assert.Equal((0, (DateTimeOffset?)null), Counted((await Store.FindApiUserAsync(tenant.Account.AccountNumber, "api", TestContext.Current.CancellationToken))!));

        static (int, DateTimeOffset?) Counted(ApiUserRecord user) => (user.FailedLogins, user.LockedUntil);
    }

    [Fact]
    public async Task Token_RecordedAtLogin_IsFoundByItsHash()
    {
        var tenant = await NewTenantAsync();
        var hash = NewTokenHash();
        var expires = Fixture.Clock.GetUtcNow().AddHours(1);

        await Store.RecordSuccessfulLoginAsync(tenant.User.Key, hash, expires, TestContext.Current.CancellationToken);

        Assert.Equal(new TokenRecord(tenant.Account.Key, tenant.User.Key, "", true, expires, tenant.Account.AccountNumber), await Store.FindTokenAsync(hash, TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindTokenAsync(NewTokenHash(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Import_Repeated_UpdatesRowsByIdWithoutDuplicating()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        await RegisterAsync(tenant, catalog.Small, catalog.Accepted[0].Id);

        var renamed = catalog.Batch with { Sessions = [.. catalog.Batch.Sessions.Select(s => s.Id == catalog.Small.Id ? s with { Name = "Small, renamed" } : s)] };
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, renamed, TestContext.Current.CancellationToken));
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, renamed, TestContext.Current.CancellationToken));

        var row = Assert.Single(await ExportAsync(tenant));
        Assert.Equal((catalog.Small.Id.ToString(), "Small, renamed", catalog.Accepted[0].Id.ToString(), "Registered"), (row.SessionId, row.SessionName, row.RegistrantId, row.Placement));
        Assert.Equal(CventErrors.AlreadyRegistered, (await RegisterAsync(tenant, catalog.Small, catalog.Accepted[0].Id)).Error);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Import_RowsWhoseParentIsMissing_AreReportedAndTheRestIsImported()
    {
        var tenant = await NewTenantAsync();
        var missingEvent = CventId.New();
        var missingInvitee = CventId.New();
        var orphanSession = tenant.Catalog.Small with { Id = CventId.New(), EventId = missingEvent };
        var orphanInvitee = tenant.Catalog.Accepted[0] with { Id = CventId.New(), EventId = missingEvent };
        var orphanGuest = tenant.Catalog.Guest with { Id = CventId.New(), InviteeId = missingInvitee };
        var good = tenant.Catalog.Accepted[0] with { Id = CventId.New(), ConfirmationNumber = "CNF999999" };

        var errors = await Store.ImportAsync(
            tenant.Account.Key,
            new CatalogBatch { Sessions = [orphanSession], Invitees = [orphanInvitee, good], Guests = [orphanGuest] },
            TestContext.Current.CancellationToken);

        Assert.Equal(
            [("session", orphanSession.Id.ToString()), ("invitee", orphanInvitee.Id.ToString()), ("guest", orphanGuest.Id.ToString())],
            errors.Select(e => (e.Kind, e.Id)));
        Assert.Contains(missingEvent.ToString(), errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, tenant.Catalog.Unlimited, good.Id)).Outcome);
        Assert.Equal(CventErrors.InvalidProductId, (await RegisterAsync(tenant, orphanSession, good.Id)).Error);
        Assert.Equal(CventErrors.InviteeDoesNotExist, (await RegisterAsync(tenant, tenant.Catalog.Unlimited, orphanInvitee.Id)).Error);
        await AssertInvariantsAsync();
    }

    protected static string NewAccountNumber() => "T" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    protected static string NewTokenHash() => Convert.ToHexString(Guid.NewGuid().ToByteArray()) + Convert.ToHexString(Guid.NewGuid().ToByteArray());

    /// <summary>A new account with one API user and the catalogue imported.</summary>
    protected async Task<Tenant> NewTenantAsync(TestCatalog? catalog = null)
    {
        catalog ??= new TestCatalog();
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Contract tenant", TestContext.Current.CancellationToken);
        var user = await Store.CreateApiUserAsync(account.Key, "api", "not-a-real-hash", "", TestContext.Current.CancellationToken);
        Assert.Empty(await Store.ImportAsync(account.Key, catalog.Batch, TestContext.Current.CancellationToken));
        return new Tenant(account, user, catalog);
    }

    protected Task<IReadOnlyList<SessionRegItemResult>> ActAsync(Tenant tenant, SessionRegActionType action, string? productId, params SessionRegItem[] items) =>
        ActAsync(Store, tenant, action, productId, items);

    protected static Task<IReadOnlyList<SessionRegItemResult>> ActAsync(
        IBreakoutStore store, Tenant tenant, SessionRegActionType action, string? productId, params SessionRegItem[] items) =>
        store.SessionRegActionAsync(new SessionRegCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), action, productId, items), TestContext.Current.CancellationToken);

    protected async Task<SessionRegItemResult> RegisterAsync(Tenant tenant, SessionRecord session, CventId registrant) =>
        Assert.Single(await ActAsync(tenant, SessionRegActionType.Register, session.Id.ToString(), Item(registrant)));

    protected async Task<SessionRegItemResult> UnregisterAsync(Tenant tenant, SessionRecord session, CventId registrant) =>
        Assert.Single(await ActAsync(tenant, SessionRegActionType.Unregister, session.Id.ToString(), Item(registrant)));

    protected static SessionRegItem Item(CventId registrant) => new(registrant.ToString(), null, "m-" + registrant);

    protected async Task<IReadOnlyList<RegistrationRow>> ExportAsync(Tenant tenant)
    {
        var rows = new List<RegistrationRow>();
        await foreach (var row in Store.ExportRegistrationsAsync(tenant.Account.Key, TestContext.Current.CancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    protected async Task AssertInvariantsAsync() => Assert.Empty(await Store.VerifyAsync(TestContext.Current.CancellationToken));

    /// <summary>An account of one test, its API user and its catalogue.</summary>
    public sealed record Tenant(AccountRecord Account, ApiUserRecord User, TestCatalog Catalog);
}
