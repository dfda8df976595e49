using Breakout.Domain;

namespace Breakout.Storage.Tests;

/// <summary>
/// The change feed's cursor on PostgreSQL with two nodes writing at once: positions are handed out in commit order,
/// so a reader following the feed while both nodes write never sees a position before the ones below it.
/// </summary>
public sealed class PostgresChangeFeedTests(PostgresTwoNodeFixture fixture) : IClassFixture<PostgresTwoNodeFixture>
{
    [Fact]
    public async Task ChangeFeed_ConcurrentWritesOnTwoNodes_ReaderFollowingIt_SeesEveryPositionOnceWithoutGaps()
    {
        var ct = TestContext.Current.CancellationToken;
        var catalog = new TestCatalog(acceptedInvitees: 40);
        var account = await fixture.A.CreateAccountAsync("FEED" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), "Feed", ct);
        var user = await fixture.A.CreateApiUserAsync(account.Key, "api", "not-a-real-hash", "", ct);
        Assert.Empty(await fixture.B.ImportAsync(account.Key, catalog.Batch, ct));
        var start = await fixture.A.LastChangePositionAsync(account.Key, ct); // the import's changes
        SessionRecord[] sessions = [catalog.Unlimited, catalog.Small, catalog.Single, catalog.GroupA, catalog.GroupB];

        using var writing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var seen = new List<long>();
        var reader = Task.Run(async () =>
        {
            var cursor = start;
            while (true)
            {
                var done = writing.IsCancellationRequested;
                var page = await fixture.B.ReadChangesAsync(account.Key, cursor, 7, ct);
                foreach (var change in page)
                {
                    // Never ahead of a position not yet seen: each page starts right after the cursor and has no holes.
                    Assert.Equal(cursor + 1, change.Position);
                    seen.Add(change.Position);
                    cursor = change.Position;
                }

                if (done && page.Count == 0)
                {
                    return;
                }
            }
        }, ct);

        var writers = Enumerable.Range(0, 40).Select(n => Task.Run(async () =>
        {
            var store = n % 2 == 0 ? fixture.A : fixture.B;
            var session = sessions[n % sessions.Length];
            var person = catalog.Accepted[n].Id.ToString();
            var command = new SessionRegCommand(account.Key, user.Key, Guid.NewGuid(), SessionRegActionType.Register, session.Id.ToString(), [new(person, null, null)]);
            await store.SessionRegActionAsync(command, ct);
            await store.SessionRegActionAsync(command with { CallId = Guid.NewGuid(), Action = SessionRegActionType.Unregister }, ct);
        }, ct)).ToArray();
        await Task.WhenAll(writers);
        await writing.CancelAsync();
        await reader;

        var expected = (long)(await fixture.Database.ScalarAsync(
            $"SELECT COUNT(*) FROM registration_history h JOIN api_calls c ON c.pk = h.call_pk WHERE c.account_pk = {account.Key}"))!;
        Assert.True(expected > 40);
        Assert.Equal(Enumerable.Range(1, (int)expected).Select(n => start + n), seen);
        Assert.Equal(0L, await fixture.Database.ScalarAsync("SELECT COUNT(*) FROM change_feed WHERE position IS NULL"));
    }

    [Fact]
    public async Task ChangeFeed_ATransactionOfTwoAccountsPlacedEarlyAndAgain_NumbersEachAccountsRowsInInsertOrder_AndTheNextTransactionToo()
    {
        // Two accounts no other test uses (the feed has no foreign keys): rows interleaved in one transaction, placed
        // by an early firing (SET CONSTRAINTS ... IMMEDIATE), two more rows after it (placed at the commit by the
        // firing of the first of them), then a second transaction on the same connection.
        var x = -Random.Shared.NextInt64(1, long.MaxValue / 2);
        var y = x - 1;
        var placed = await fixture.Database.ScalarAsync($"""
            BEGIN;
            INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action)
                SELECT a, 0, 1, g, 1 FROM generate_series(1, 3) g CROSS JOIN (VALUES ({x}), ({y})) v(a) ORDER BY g, a DESC;
            SET CONSTRAINTS ALL IMMEDIATE;
            SET CONSTRAINTS ALL DEFERRED;
            INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action) VALUES ({x}, 0, 1, 4, 1), ({x}, 0, 1, 5, 1);
            COMMIT;
            BEGIN;
            INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action) VALUES ({y}, 0, 1, 6, 1);
            COMMIT;
            SELECT string_agg(CASE account_pk WHEN {x} THEN 'x' ELSE 'y' END || source_pk || '@' || coalesce(position::text, 'none'), ' ' ORDER BY pk)
            FROM change_feed WHERE account_pk IN ({x}, {y});
            """);

        Assert.Equal("x1@1 y1@1 x2@2 y2@2 x3@3 y3@3 x4@4 x5@5 y6@4", placed);
        Assert.Equal("5,4", await fixture.Database.ScalarAsync(
            $"SELECT string_agg(last_position::text, ',' ORDER BY account_pk DESC) FROM change_feed_counters WHERE account_pk IN ({x}, {y})"));
    }
}
