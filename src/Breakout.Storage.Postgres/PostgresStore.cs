using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Breakout.Storage.Sql;
using Npgsql;

namespace Breakout.Storage.Postgres;

/// <summary>
/// The shared store for several stateless nodes. Writes go through a <see cref="GroupCommitQueue"/>: a few writer
/// connections each commit every request waiting at that moment in one READ COMMITTED transaction, so requests on
/// a busy session share one commit instead of queueing one by one behind its row lock. SessionRegAction locks the
/// session row first and then the registrant rows, so calls on the same session are serialised by PostgreSQL
/// (across nodes too) and capacity is re-checked inside each UPDATE. A transaction that holds calls on several
/// sessions first locks all their sessions, then all their registrants, each in key order, so that no two
/// transactions, on any node, wait for each other in a cycle. A batch that PostgreSQL aborts with a serialization
/// failure or a deadlock was rolled back whole and is run again.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    /// <summary>
    /// Key of the advisory lock that serialises migrations of one database, so that nodes starting together apply
    /// each migration once ("breakout" as ASCII, to be recognisable in <c>pg_locks</c>).
    /// </summary>
    private const long MigrationLockKey = 0x627265616B6F7574;

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource pool;
    private readonly TokenChangeListener? tokenChanges;

    /// <summary>Each writer connection's row in <c>commit_marks</c>.</summary>
    private readonly ConditionalWeakTable<DbConnection, StrongBox<Guid>> writerIds = new();
    private volatile bool commitMarksExist;

    public PostgresStore(PostgresStoreOptions options, TimeProvider time)
        : base(PostgresDialect.Instance, time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options));
        TokenCacheLifetime = options.TokenCacheLifetime;
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            // The same few statements run on every call: let each pooled connection keep them prepared. An explicit
            // "Max Auto Prepare=0" turns this off (for a pooler that cannot carry prepared statements).
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        (dataSource, pool) = PostgresDataSource.Build(builder);
        tokenChanges = TokenCacheLifetime > TimeSpan.Zero ? new TokenChangeListener(options.ConnectionString, ForgetRememberedTokens) : null;
        Writes = new GroupCommitQueue(
            // No command objects are reused here: Npgsql's auto-prepare already keeps the statements prepared per
            // connection, and reusing one NpgsqlCommand with new parameters gave wrong lookups in the contract tests.
            async ct => new SqlSession(await dataSource.OpenConnectionAsync(ct), Dialect, cacheCommands: false),
            new GroupCommitOptions
            {
                Writers = options.Writers,
                MaxRequestsPerCommit = options.MaxRequestsPerCommit,
                IsolationLevel = IsolationLevel.ReadCommitted,
                IsTransient = ex => ex is PostgresException postgres && IsRetryable(postgres),
                TransientReason = ex => (ex as PostgresException)?.SqlState ?? ex.GetType().Name,
                LockInOrder = LockSessionRegRowsInOrderAsync,
                MaxAttempts = options.MaxAttempts,
                IsConnectionFailure = IsConnectionFailure,
                ConnectionBroken = dataSource.Clear,
                IdentifyTransaction = MarkCommitAsync,
                WasCommitted = WasCommittedAsync,
                CommitOutcomeTimeout = options.CommitOutcomeTimeout,
            });
    }

    /// <summary>Several writers; SessionRegAction's work on one session always goes to the same one.</summary>
    protected override GroupCommitQueue Writes { get; }

    /// <summary>Keys come from a sequence shared with other writers: the history finds its call's key by call_id.</summary>
    protected override IReadOnlyList<SqlStatement> InsertCallsWithHistory { get; } =
    [
        new(
            "WITH c AS (INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at) " +
            $"SELECT @a, c0, c1, @o, @t FROM {PostgresDialect.Instance.RowsOf("@calls", 2)} ORDER BY i RETURNING pk, call_id) " +
            "INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action, message_id) " +
            $"SELECT c.pk, @s, history.c2, history.c3, history.c4 FROM {PostgresDialect.Instance.RowsOf("@history", 5)} JOIN c ON c.call_id = history.c1 ORDER BY history.i",
            "@a", "@o", "@t", "@calls", "@s", "@history"),
    ];

    /// <summary>
    /// Folds the kept counts' rows of differences (migration 0037): a read when every account has one row, else one
    /// statement that folds only rows no other node's fold holds.
    /// </summary>
    public override async Task<long> FoldAccountCountsAsync(CancellationToken cancellationToken = default)
    {
        var pending = await ReadAsync(async (s, ct) => await s.Command(
            "SELECT EXISTS (SELECT 1 FROM account_counts GROUP BY account_pk HAVING COUNT(*) > 1)").ExecuteScalarAsync(ct) is true, cancellationToken);
        return pending
            ? await WriteAsync(async (s, ct) => await s.Command("SELECT breakout_account_counts_fold()").ScalarInt64Async(ct) ?? 0, cancellationToken)
            : 0;
    }

    public override Task MigrateAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            // Held until this transaction ends: a second node starting at the same moment waits here, then finds
            // the migrations recorded and applies nothing.
            await s.Command("SELECT pg_advisory_xact_lock(@key)").With("@key", MigrationLockKey).ExecuteNonQueryAsync(ct);
            var applied = await SqlMigrator.ApplyAsync(s, SqlMigrator.Load(typeof(PostgresStore).Assembly, Dialect.MigrationPrefix), Now, ct);
            // Writer connections of nodes gone for a day: no one will ask for their marks again.
            await s.Command("DELETE FROM commit_marks WHERE at < @old").With("@old", Now - (long)TimeSpan.FromDays(1).TotalMilliseconds).ExecuteNonQueryAsync(ct);
            return applied;
        }, cancellationToken);

    /// <summary>
    /// Runs a read in one snapshot. Reads change nothing, so one that fails because its connection broke (a pooled
    /// connection to a server that has restarted since) runs again once on a fresh connection, after the pool's other
    /// connections, as dead as this one, are dropped; when that fails too, the database is down.
    /// </summary>
    protected override async Task<T> ReadCoreAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ReadOnceAsync(work, cancellationToken);
            }
            catch (Exception ex) when (IsConnectionFailure(ex) && !cancellationToken.IsCancellationRequested)
            {
                dataSource.Clear();
                if (attempt >= 2)
                {
                    throw new StoreUnavailableException("The database connection failed, and again on a fresh connection.", ex);
                }
            }
        }
    }

    private async Task<T> ReadOnceAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var session = new SqlSession(connection, Dialect, cacheCommands: false);
        // One snapshot for all statements of the read, as the SQLite store's read transaction gives.
        session.Transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var result = await work(session, cancellationToken);
        await session.Transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// Right before COMMIT: sets a new mark in the writer connection's row of <c>commit_marks</c> (see migration 0011),
    /// and returns what <see cref="WasCommittedAsync"/> needs to recognise it. Null on a database not yet migrated
    /// that far (the migration itself): such a commit's lost answer stays unknown.
    /// </summary>
    private async Task<object?> MarkCommitAsync(SqlSession session, CancellationToken cancellationToken)
    {
        if (!commitMarksExist)
        {
            commitMarksExist = await session.Command("SELECT to_regclass('commit_marks') IS NOT NULL").ExecuteScalarAsync(cancellationToken) is true;
            if (!commitMarksExist)
            {
                return null;
            }
        }

        var mark = new CommitMark(writerIds.GetValue(session.Connection, _ => new StrongBox<Guid>(Guid.NewGuid())).Value!, Guid.NewGuid());
        await session.Command(
                "INSERT INTO commit_marks (writer, mark, at) VALUES (@w, @m, @t) ON CONFLICT (writer) DO UPDATE SET mark = EXCLUDED.mark, at = EXCLUDED.at")
            .With("@w", mark.Writer).With("@m", mark.Mark).With("@t", Now).ExecuteNonQueryAsync(cancellationToken);
        return mark;
    }

    /// <summary>
    /// Whether the transaction that set <paramref name="identity"/> (a <see cref="CommitMark"/>) committed, asked on a
    /// new connection: the upsert of the writer's row waits while that transaction still holds the row (its backend
    /// has not yet noticed that its client is gone), then sees the latest committed mark; it is rolled back, so it
    /// changes nothing. Null when the wait passes a second (asked again until the outcome timeout).
    /// </summary>
    private async Task<bool?> WasCommittedAsync(object identity, CancellationToken cancellationToken)
    {
        var mark = (CommitMark)identity;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var timeout = new NpgsqlCommand("SET LOCAL lock_timeout = '1s'", connection, transaction))
        {
            await timeout.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO commit_marks (writer, mark, at) VALUES (@w, NULL, 0) ON CONFLICT (writer) DO UPDATE SET writer = EXCLUDED.writer RETURNING mark",
            connection, transaction);
        command.Parameters.AddWithValue("w", mark.Writer);
        try
        {
            return await command.ExecuteScalarAsync(cancellationToken) is Guid committed && committed == mark.Mark;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            return null;
        }
        finally
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
    }

    /// <summary>A writer connection's row in <c>commit_marks</c>, and the mark its transaction set before COMMIT.</summary>
    private sealed record CommitMark(Guid Writer, Guid Mark);

    /// <summary>
    /// The connection broke or could not be made, as opposed to PostgreSQL refusing the work: Npgsql's own failures
    /// (network, server gone, timeouts; an <see cref="NpgsqlException"/> that is not a <see cref="PostgresException"/>),
    /// SQLSTATE class 08, the server shutting down (57P01, 57P02) or not yet accepting connections (57P03), and a server
    /// that is no longer the primary (25006).
    /// </summary>
    private static bool IsConnectionFailure(Exception ex) => ex switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            // A pooled connection to a server that was demoted to standby during a failover: its writes now fail with
            // 25006; a fresh connection finds the new primary (Target Session Attributes=primary).
            or PostgresErrorCodes.ReadOnlySqlTransaction,
        // Npgsql's own failures are of the connection, but for one: a command sent while another's reader is open (a bug).
        NpgsqlOperationInProgressException => false,
        NpgsqlException => true,
        System.Net.Sockets.SocketException or IOException or TimeoutException => true,
        _ => false,
    };

    public override async ValueTask DisposeAsync()
    {
        if (tokenChanges is not null)
        {
            await tokenChanges.DisposeAsync();
        }

        await Writes.DisposeAsync();
        await dataSource.DisposeAsync();
        if (!ReferenceEquals(pool, dataSource))
        {
            await pool.DisposeAsync();
        }
    }

    /// <summary>A call with an <c>Idempotency-Key</c> waits on another node's claim of the key for a bounded time (docs/idempotency.md).</summary>
    protected override Task SetLockTimeoutAsync(SqlSession session, TimeSpan? timeout, CancellationToken cancellationToken) =>
        session.Command(timeout is { } wait
                ? $"SET LOCAL lock_timeout = {Math.Max(1, (long)wait.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture)}"
                : "SET LOCAL lock_timeout TO DEFAULT")
            .ExecuteNonQueryAsync(cancellationToken);

    protected override bool IsLockTimeout(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable };

    private static bool IsRetryable(PostgresException ex) =>
        ex.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;
}
