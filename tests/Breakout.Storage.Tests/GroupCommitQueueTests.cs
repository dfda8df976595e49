using Breakout.Domain;
using Breakout.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Breakout.Storage.Tests;

/// <summary>Group commit on a SQLite file: many requests, one transaction, and a failing request undoes only itself.</summary>
public sealed class GroupCommitQueueTests : IAsyncLifetime
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"breakout-group-commit-{Guid.NewGuid():N}.db");
    private GroupCommitQueue queue = null!;

    public async ValueTask InitializeAsync()
    {
        queue = new GroupCommitQueue(async ct =>
        {
            var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync(ct);
            return new SqlSession(connection, new PlainDialect(), cacheCommands: true);
        }, new GroupCommitOptions { Writers = 1 });
        await queue.EnqueueAsync((s, ct) => Insert(s, "CREATE TABLE t (x INTEGER NOT NULL UNIQUE)", ct), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await queue.DisposeAsync();
        File.Delete(path);
    }

    [Fact]
    public async Task AFailingRequest_InABatch_UndoesOnlyItsOwnChanges()
    {
        var gate = new TaskCompletionSource();
        var first = queue.EnqueueAsync(async (s, ct) =>
        {
            await gate.Task;
            return await Insert(s, "INSERT INTO t (x) VALUES (0)", ct);
        }, TestContext.Current.CancellationToken);
        // Queued while the writer waits on the first request, so they run together in the next transaction.
        var before = queue.EnqueueAsync((s, ct) => Insert(s, "INSERT INTO t (x) VALUES (1)", ct), TestContext.Current.CancellationToken);
        var failing = queue.EnqueueAsync<int>(async (s, ct) =>
        {
            await Insert(s, "INSERT INTO t (x) VALUES (2)", ct);
            throw new InvalidOperationException("this request fails after writing");
        }, TestContext.Current.CancellationToken);
        var conflicting = queue.EnqueueAsync((s, ct) => Insert(s, "INSERT INTO t (x) VALUES (1)", ct), TestContext.Current.CancellationToken);
        var after = queue.EnqueueAsync((s, ct) => Insert(s, "INSERT INTO t (x) VALUES (3)", ct), TestContext.Current.CancellationToken);
        gate.SetResult();

        await first;
        Assert.Equal(1, await before);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await Assert.ThrowsAsync<SqliteException>(() => conflicting);
        Assert.Equal(1, await after);
        Assert.Equal([0L, 1L, 3L], await queue.EnqueueAsync(async (s, ct) =>
        {
            var values = new List<long>();
            await using var reader = await s.Command("SELECT x FROM t ORDER BY x").ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                values.Add(reader.GetInt64(0));
            }

            return values;
        }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task WorkOfOneAffinity_RunsOnOneWriter_SharingItsTransactions_WhileOtherWritersTakeTheRest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var writers = new GroupCommitQueue(async token =>
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            await connection.OpenAsync(token);
            return new SqlSession(connection, new PlainDialect(), cacheCommands: true);
        }, new GroupCommitOptions { Writers = 3 });
        var started = new TaskCompletionSource();
        var gate = new TaskCompletionSource();
        var blocked = writers.EnqueueAsync(async (s, _) =>
        {
            started.SetResult();
            await gate.Task;
            return (s.Connection, s.Transaction);
        }, ct, affinity: 7);
        await started.Task;

        // The writer of affinity 7 is held up: work without affinity is taken by another writer meanwhile.
        var free = await writers.EnqueueAsync((s, _) => Task.FromResult(s.Connection), ct);
        var queued = Enumerable.Range(0, 5)
            .Select(_ => writers.EnqueueAsync((s, _) => Task.FromResult((s.Connection, s.Transaction)), ct, affinity: 7)).ToList();
        gate.SetResult();
        var first = await blocked;
        var rest = await Task.WhenAll(queued);

        Assert.NotSame(first.Connection, free);
        Assert.All(rest, r => Assert.Same(first.Connection, r.Connection));
        Assert.Single(rest.Select(r => r.Transaction).Distinct());
        Assert.NotSame(first.Transaction, rest[0].Transaction);
    }

    private static Task<int> Insert(SqlSession s, string sql, CancellationToken ct) => s.Command(sql).ExecuteNonQueryAsync(ct);

    private sealed class PlainDialect : SqlDialect
    {
        public override string LockRows(string alias) => "";

        public override object IdValue(CventId id) => id.ToString();

        public override Array IdValues(IReadOnlyList<CventId> ids) => ids.Select(id => id.ToString()).ToArray();

        public override string RowsOf(string parameter, int columns) => throw new NotSupportedException();

        public override string InRows(string column, string parameter) => throw new NotSupportedException();

        public override void BindRows(System.Data.Common.DbCommand command, string parameter, params Array[] columns) => throw new NotSupportedException();

        public override string LastInsertedKey(string table) => throw new NotSupportedException();

        public override string IdText(string expression) => expression;

        public override string Binary(string expression) => expression;

        public override string MigrationPrefix => "";
    }
}
