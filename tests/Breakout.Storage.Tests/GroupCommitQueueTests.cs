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
    public async Task OnCommitted_RunsOnceForWorkThatCommitted_AndNeverForWorkThatWasUndone()
    {
        var ran = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        Func<SqlSession, CancellationToken, Task<int>> Work(string name, string sql, bool fail = false) => async (s, ct) =>
        {
            // Asked for before the work's statements, so that a failing statement must discard it.
            s.OnCommitted(() => ran.AddOrUpdate(name, 1, (_, n) => n + 1));
            var rows = await Insert(s, sql, ct);
            return fail ? throw new InvalidOperationException("this request fails after writing") : rows;
        };
        var gate = new TaskCompletionSource();
        var first = queue.EnqueueAsync(async (s, ct) =>
        {
            await gate.Task;
            return await Work("first", "INSERT INTO t (x) VALUES (10)")(s, ct);
        }, TestContext.Current.CancellationToken);
        // Queued behind the first: one transaction, undone by the failure and run again with savepoints.
        var before = queue.EnqueueAsync(Work("before", "INSERT INTO t (x) VALUES (11)"), TestContext.Current.CancellationToken);
        var failing = queue.EnqueueAsync(Work("failing", "INSERT INTO t (x) VALUES (12)", fail: true), TestContext.Current.CancellationToken);
        var conflicting = queue.EnqueueAsync(Work("conflicting", "INSERT INTO t (x) VALUES (11)"), TestContext.Current.CancellationToken);
        var after = queue.EnqueueAsync(Work("after", "INSERT INTO t (x) VALUES (13)"), TestContext.Current.CancellationToken);
        gate.SetResult();

        await first;
        await before;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await Assert.ThrowsAsync<SqliteException>(() => conflicting);
        await after;

        Assert.Equal(["after:1", "before:1", "first:1"], ran.Select(r => $"{r.Key}:{r.Value}").Order(StringComparer.Ordinal));
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

    [Fact]
    public async Task WorkOfOneCombineKey_RunsInOneCall_InQueueOrder_AndEachRequestGetsItsOwnResult()
    {
        var ct = TestContext.Current.CancellationToken;
        var gate = new TaskCompletionSource();
        var blocked = HoldWriter(gate, ct);
        var calls = new List<(string Key, int[] Inputs)>();
        Func<SqlSession, IReadOnlyList<int>, CancellationToken, Task<IReadOnlyList<int>>> Run(string key) => (_, inputs, _) =>
        {
            calls.Add((key, [.. inputs]));
            return Task.FromResult<IReadOnlyList<int>>([.. inputs.Select(i => i * 10)]);
        };

        // Queued while the writer waits on the first request: A1, B2, A3, a plain request, A4, B5.
        var runA = Run("A");
        var runB = Run("B");
        var a1 = queue.EnqueueAsync(1, "A", runA, ct);
        var b2 = queue.EnqueueAsync(2, "B", runB, ct);
        var a3 = queue.EnqueueAsync(3, "A", runA, ct);
        var plain = queue.EnqueueAsync((_, _) =>
        {
            calls.Add(("plain", []));
            return Task.FromResult(-1);
        }, ct);
        var a4 = queue.EnqueueAsync(4, "A", runA, ct);
        var b5 = queue.EnqueueAsync(5, "B", runB, ct);
        gate.SetResult();
        await blocked;

        Assert.Equal(new[] { 10, 20, 30, -1, 40, 50 }, await Task.WhenAll(a1, b2, a3, plain, a4, b5));
        Assert.Equal(["A:1,3,4", "B:2,5", "plain:"], calls.Select(c => $"{c.Key}:{string.Join(',', c.Inputs)}"));
    }

    [Fact]
    public async Task ACombinedRunThatFails_RunsItsRequestsAgainAlone_AndOnlyTheFailingOneFails()
    {
        var ct = TestContext.Current.CancellationToken;
        var gate = new TaskCompletionSource();
        var blocked = HoldWriter(gate, ct);
        var runs = new List<string>();
        async Task<IReadOnlyList<int>> InsertAll(SqlSession s, IReadOnlyList<int> inputs, CancellationToken token)
        {
            runs.Add(string.Join(',', inputs));
            foreach (var input in inputs)
            {
                await Insert(s, $"INSERT INTO t (x) VALUES ({input})", token);
                if (input == 12)
                {
                    throw new InvalidOperationException("input 12 fails after writing");
                }
            }

            return inputs;
        }

        var requests = new[] { 11, 12, 13 }.Select(i => queue.EnqueueAsync<int, int>(i, "k", InsertAll, ct)).ToList();
        gate.SetResult();
        await blocked;

        Assert.Equal(11, await requests[0]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => requests[1]);
        Assert.Equal(13, await requests[2]);
        Assert.Equal(["11,12,13", "11", "12", "13"], runs);
        Assert.Equal([11L, 13L], await queue.EnqueueAsync(async (s, token) =>
        {
            var values = new List<long>();
            await using var reader = await s.Command("SELECT x FROM t WHERE x > 10 ORDER BY x").ExecuteReaderAsync(token);
            while (await reader.ReadAsync(token))
            {
                values.Add(reader.GetInt64(0));
            }

            return values;
        }, ct));
    }

    /// <summary>Work that keeps the writer busy until <paramref name="gate"/> opens, so that what is queued meanwhile runs together.</summary>
    private Task<int> HoldWriter(TaskCompletionSource gate, CancellationToken ct) => queue.EnqueueAsync(async (_, _) =>
    {
        await gate.Task;
        return 0;
    }, ct);

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
