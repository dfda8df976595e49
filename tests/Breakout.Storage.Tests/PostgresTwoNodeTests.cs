using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Access;

using Breakout.TestSupport;

namespace Breakout.Storage.Tests;

/// <summary>
/// Two nodes share one PostgreSQL database and nothing else: what one node records, the other acts on.
/// </summary>
public sealed class PostgresTwoNodeTests(PostgresTwoNodeFixture fixture) : IClassFixture<PostgresTwoNodeFixture>
{
    [Fact]
    public async Task Token_RecordedThroughOneNode_IsFoundThroughTheOther()
    {
        var (account, user) = await NewUserAsync(fixture.A);
        var hash = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var expires = fixture.Clock.GetUtcNow().AddHours(1);

        await fixture.A.RecordSuccessfulLoginAsync(user.Key, hash, expires, TestContext.Current.CancellationToken);

        Assert.Equal(new TokenRecord(account.Key, user.Key, "", true, expires, account.AccountNumber), await fixture.B.FindTokenAsync(hash, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GrantChangedThroughOneNode_IsSeenByTheOther_BeforeItsTokenMemoryRunsOut()
    {
        var ct = TestContext.Current.CancellationToken;
        var (account, user) = await NewUserAsync(fixture.A);
        var hash = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        await fixture.A.RecordSuccessfulLoginAsync(user.Key, hash, fixture.Clock.GetUtcNow().AddHours(1), ct);
        Assert.Equal("", (await fixture.B.FindTokenAsync(hash, ct))!.AllowedIps);

        // The fixture's clock stands still, so B's memory never runs out by itself: only the notification can tell it.
        await fixture.A.CreateApiUserAsync(account.Key, "api", "another-hash", "10.1.2.3", ct);

        string? seen = null;
        for (var attempt = 0; attempt < 200 && seen != "10.1.2.3"; attempt++)
        {
            await Task.Delay(50, ct);
            seen = (await fixture.B.FindTokenAsync(hash, ct))!.AllowedIps;
        }

        Assert.Equal("10.1.2.3", seen);
    }

    [Fact]
    public async Task FailedLogins_ThroughBothNodes_AreCountedTogetherAndLockOnBoth()
    {
        var (account, user) = await NewUserAsync(fixture.B);
        var policy = new LoginPolicy { MaxFailedLogins = 4 };

        await fixture.A.RecordFailedLoginAsync(user.Key, policy, TestContext.Current.CancellationToken);
        await fixture.B.RecordFailedLoginAsync(user.Key, policy, TestContext.Current.CancellationToken);
        Assert.Equal(3, (await fixture.A.RecordFailedLoginAsync(user.Key, policy, TestContext.Current.CancellationToken)).FailedLogins);
        var locked = await fixture.B.RecordFailedLoginAsync(user.Key, policy, TestContext.Current.CancellationToken);

        Assert.Equal((4, fixture.Clock.GetUtcNow() + policy.LockoutDuration), (locked.FailedLogins, locked.LockedUntil));
        Assert.Equal(locked, await fixture.A.FindApiUserAsync(account.AccountNumber, "api", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task FailedLogins_ConcurrentOnBothNodes_AreAllCounted()
    {
        var (account, user) = await NewUserAsync(fixture.A);
        var policy = new LoginPolicy { MaxFailedLogins = 1000 };

        await Task.WhenAll(Enumerable.Range(0, 40).Select(n => Task.Run(() =>
            (n % 2 == 0 ? fixture.A : fixture.B).RecordFailedLoginAsync(user.Key, policy, TestContext.Current.CancellationToken))));

        Assert.Equal(40, (await fixture.B.FindApiUserAsync(account.AccountNumber, "api", TestContext.Current.CancellationToken))!.FailedLogins);
    }

    [Fact]
    public async Task Race_SpreadOverBothNodes_NeverOverbooksAndPromotesInWaitlistOrder()
    {
        var catalog = RegistrationRace.Catalog();
        var (account, user) = await NewUserAsync(fixture.A);
        Assert.Empty(await fixture.B.ImportAsync(account.Key, catalog.Batch, TestContext.Current.CancellationToken));

        await RegistrationRace.RunAsync(n => n % 2 == 0 ? fixture.A : fixture.B, new StoreContractTests.Tenant(account, user, catalog));
    }

    [Fact]
    public async Task AccountCounts_WrittenThroughBothNodesAtOnce_EqualTheRowsTheyCount_AndBothNodesFoldThemAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var catalog = new TestCatalog(acceptedInvitees: 40);
        var (account, user) = await NewUserAsync(fixture.A);
        Assert.Empty(await fixture.B.ImportAsync(account.Key, catalog.Batch, ct));

        // 80 writes at once, half through each node: imports of 3 invitees and SessionRegAction calls (a logged call
        // each), every one appending its differences while others fold theirs.
        await Task.WhenAll(Enumerable.Range(0, 80).Select(Task (i) =>
        {
            var node = i % 2 == 0 ? fixture.A : fixture.B;
            return i % 4 < 2
                ? node.ImportAsync(account.Key, new CatalogBatch
                {
                    Invitees = [.. Enumerable.Range(0, 3).Select(n => new InviteeRecord(
                        CventId.New(), catalog.Event.Id, null, $"N{i:D2}{n}", InviteeStatus.Accepted, "Two", "Nodes", $"n{i}.{n}@example.com"))],
                }, ct)
                : node.SessionRegActionAsync(new SessionRegCommand(account.Key, user.Key, Guid.NewGuid(), SessionRegActionType.Register, catalog.Unlimited.Id.ToString(),
                    [new SessionRegItem(catalog.Accepted[i / 2].Id.ToString(), null, "m" + i)]), ct);
        }));

        var shown = (await fixture.B.ListAccountsAsync(ct)).Single(a => a.Account.Key == account.Key).Contents;
        Assert.Equal((41L + (40 * 3), 1L), (shown.Invitees, shown.Guests));
        Assert.Equal(
            (await CountAsync($"SELECT COUNT(*) FROM registrants WHERE account_pk = {account.Key} AND kind = 0"), await CountAsync($"SELECT COUNT(*) FROM api_calls WHERE account_pk = {account.Key}")),
            (shown.Invitees, shown.ApiCalls));
        Assert.True(await CountAsync($"SELECT COUNT(*) FROM account_counts WHERE account_pk = {account.Key}") > 1); // a row per statement, none folded yet

        // Both nodes fold at once (as their hosts do every second): one row is left, and the counts read are the same.
        var folded = await Task.WhenAll(fixture.A.FoldAccountCountsAsync(ct), fixture.B.FoldAccountCountsAsync(ct));
        Assert.True(folded.Sum() > 0);
        Assert.Equal(1L, await CountAsync($"SELECT COUNT(*) FROM account_counts WHERE account_pk = {account.Key}"));
        Assert.Equal(shown, (await fixture.A.ListAccountsAsync(ct)).Single(a => a.Account.Key == account.Key).Contents);
        Assert.Empty(await fixture.A.VerifyAsync(ct));

        async Task<long> CountAsync(string sql) => Convert.ToInt64(await fixture.Database.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Migrate_FromManyNodesStartingAtOnce_AppliesEachMigrationOnce()
    {
        _ = fixture.Database;
        var (database, _) = await PostgresTestDatabase.TryCreateAsync();
        await using (database!)
        {
            var options = new StoreOptions { Postgres = database!.ConnectionString };
            var nodes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => StoreFactory.OpenAsync(options, fixture.Clock))));
            try
            {
                var migrations = Breakout.Storage.Sql.SqlMigrator.Load(typeof(Breakout.Storage.Postgres.PostgresStore).Assembly, "Breakout.Postgres.Migrations.");
                Assert.Equal((long)migrations.Count, await database.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
                Assert.True(await nodes[3].IsEmptyAsync(TestContext.Current.CancellationToken));
                await nodes[0].CreateAccountAsync("MIGRATED", "Migrated", TestContext.Current.CancellationToken);
                Assert.NotNull(await nodes[2].FindAccountAsync("MIGRATED", TestContext.Current.CancellationToken));
            }
            finally
            {
                foreach (var node in nodes)
                {
                    await node.DisposeAsync();
                }
            }
        }
    }

    [Fact]
    public async Task DemoTenant_CreatedByTwoNodesAtOnce_IsCreatedOnce_AndBothSucceed()
    {
        _ = fixture.Database;
        var (database, _) = await PostgresTestDatabase.TryCreateAsync();
        await using (database!)
        {
            var options = new StoreOptions { Postgres = database!.ConnectionString };
            var nodes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => StoreFactory.OpenAsync(options, fixture.Clock)));
            try
            {
                var manifests = await Task.WhenAll(nodes.Select(node => Task.Run(() => DemoTenant.CreateAsync(node, "http://127.0.0.1/soap/V200611.asmx"))));

                Assert.All(manifests, m => Assert.Equal(DemoTenant.AccountNumber, m.AccountNumber));
                Assert.Equal(1L, await database.ScalarAsync($"SELECT COUNT(*) FROM accounts WHERE account_number = '{DemoTenant.AccountNumber}'"));
                Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM api_users WHERE user_name <> '(import)'")); // (import): the import's changes in the feed
                Assert.Equal((long)DemoTenant.Build().Invitees.Count, await database.ScalarAsync("SELECT COUNT(*) FROM registrants WHERE kind = 0"));
                Assert.Empty(await nodes[1].VerifyAsync(TestContext.Current.CancellationToken));
            }
            finally
            {
                foreach (var node in nodes)
                {
                    await node.DisposeAsync();
                }
            }
        }
    }

    private static async Task<(AccountRecord Account, ApiUserRecord User)> NewUserAsync(IBreakoutStore store)
    {
        var account = await store.CreateAccountAsync("N" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), "Two nodes", TestContext.Current.CancellationToken);
        var user = await store.CreateApiUserAsync(account.Key, "api", "not-a-real-hash", "", TestContext.Current.CancellationToken);
        return (account, user);
    }
}
