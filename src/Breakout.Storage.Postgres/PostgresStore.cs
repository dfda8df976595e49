using System.Data;
using Breakout.Storage.Sql;
using Npgsql;

namespace Breakout.Storage.Postgres;

/// <summary>
/// The shared store for several stateless nodes. Each unit of work runs in its own READ COMMITTED transaction on
/// a pooled connection; SessionRegAction locks the session row first and then the registrant rows, so calls on
/// the same session are serialised by PostgreSQL and capacity is re-checked inside each UPDATE. A unit that
/// PostgreSQL aborts with a serialization failure or a deadlock was rolled back whole and is run again.
/// </summary>
public sealed class PostgresStore : SqlStore
{
    /// <summary>
    /// Key of the advisory lock that serialises migrations of one database, so that nodes starting together apply
    /// each migration once ("breakout" as ASCII, to be recognisable in <c>pg_locks</c>).
    /// </summary>
    private const long MigrationLockKey = 0x627265616B6F7574;

    private readonly NpgsqlDataSource dataSource;
    private readonly int maxAttempts;

    public PostgresStore(PostgresStoreOptions options, TimeProvider time)
        : base(PostgresDialect.Instance, time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options));
        var builder = new NpgsqlDataSourceBuilder(options.ConnectionString);
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = options.ConnectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            // The same few statements run on every call: let each pooled connection keep them prepared. An explicit
            // "Max Auto Prepare=0" turns this off (for a pooler that cannot carry prepared statements).
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        dataSource = builder.Build();
        maxAttempts = options.MaxAttempts;
    }

    public override Task MigrateAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            // Held until this transaction ends: a second node starting at the same moment waits here, then finds
            // the migrations recorded and applies nothing.
            await s.Command("SELECT pg_advisory_xact_lock(@key)").With("@key", MigrationLockKey).ExecuteNonQueryAsync(ct);
            return await SqlMigrator.ApplyAsync(s, SqlMigrator.Load(typeof(PostgresStore).Assembly, Dialect.MigrationPrefix), Now, ct);
        }, cancellationToken);

    protected override async Task<T> ReadAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var session = new SqlSession(connection, Dialect, cacheCommands: false);
        // One snapshot for all statements of the read, as the SQLite store's read transaction gives.
        session.Transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var result = await work(session, cancellationToken);
        await session.Transaction.CommitAsync(cancellationToken);
        return result;
    }

    protected override async Task<T> WriteAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteOnceAsync(work, cancellationToken);
            }
            catch (PostgresException ex) when (IsRetryable(ex) && attempt < maxAttempts)
            {
                // Random back-off so that the transactions that collided do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), cancellationToken);
            }
        }
    }

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static bool IsRetryable(PostgresException ex) =>
        ex.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected;

    private async Task<T> WriteOnceAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var session = new SqlSession(connection, Dialect, cacheCommands: false);
        session.Transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var result = await work(session, cancellationToken);
        // Once the work is done the commit is not cancelled: a caller must not be told "cancelled" about a
        // change that may in fact have been committed.
        await session.Transaction.CommitAsync(CancellationToken.None);
        return result;
    }
}
