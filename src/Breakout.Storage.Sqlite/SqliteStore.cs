using System.Data;
using Breakout.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Breakout.Storage.Sqlite;

/// <summary>
/// The embedded store. SQLite allows one writer, so all writes go through one <see cref="GroupCommitQueue"/> writer
/// on one connection, which commits every request waiting at that moment in a single transaction (group commit).
/// A request's task completes only after that commit, so nothing answered is lost on a crash (WAL,
/// <c>synchronous=FULL</c> by default). Reads run concurrently on pooled connections (WAL readers never block the writer).
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private readonly SqliteStoreOptions options;
    private readonly string connectionString;
    private readonly string synchronous;

    public SqliteStore(SqliteStoreOptions options, TimeProvider time)
        : base(SqliteDialect.Instance, time)
    {
        this.options = options;
        TokenCacheLifetime = options.TokenCacheLifetime;
        synchronous = options.Synchronous.ToUpperInvariant() is "OFF" or "NORMAL" or "FULL" or "EXTRA"
            ? options.Synchronous.ToUpperInvariant()
            : throw new ArgumentException($"'{options.Synchronous}' is not a SQLite synchronous level (OFF, NORMAL, FULL, EXTRA).", nameof(options));
        var full = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
        // Serializable is BEGIN IMMEDIATE in Microsoft.Data.Sqlite: the writer takes the write lock up front.
        Writes = new GroupCommitQueue(OpenWriterAsync, new GroupCommitOptions
        {
            Writers = 1,
            MaxRequestsPerCommit = options.MaxRequestsPerCommit,
            IsolationLevel = IsolationLevel.Serializable,
            // An I/O error (the disk or file failed) is the one way SQLite's "connection" breaks. Before COMMIT it
            // rolls back, so the batch runs once more on a fresh connection; during COMMIT, in WAL mode, the frames of
            // the transaction may already be in the WAL file and come back with the next recovery even though this
            // connection saw the commit fail, so with no way to ask, such a commit's outcome is reported as unknown.
            IsConnectionFailure = ex => ex is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_CANTOPEN },
        });
    }

    /// <summary>One writer: the queue has no affinities, so work of every affinity shares it.</summary>
    protected override GroupCommitQueue Writes { get; }

    public string DatabasePath => Path.GetFullPath(options.Path);

    /// <summary>
    /// With one writer, and keys drawn as the largest plus one, the calls inserted by one statement have the
    /// <c>@n</c> largest keys, in order.
    /// </summary>
    protected override IReadOnlyList<SqlStatement> InsertCallsWithHistory { get; } =
    [
        new(
            $"INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at) SELECT @a, c0, c1, @o, @t FROM {SqliteDialect.Instance.RowsOf("@calls", 2)} ORDER BY i",
            "@a", "@o", "@t", "@calls"),
        new(
            "INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action, message_id) " +
            $"SELECT {SqliteDialect.Instance.LastInsertedKey("api_calls")} - @n + 1 + c0, @s, c2, c3, c4 FROM {SqliteDialect.Instance.RowsOf("@history", 5)} ORDER BY i",
            "@n", "@s", "@history"),
        // The change feed's rows for the @m history rows just inserted (the @m largest keys), at the account's next
        // positions in history order (migration 0036: no trigger per row).
        new(
            "INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action) " +
            $"SELECT @a, {HighestFeedPosition("@a")} + ROW_NUMBER() OVER (ORDER BY h.pk), " +
            $"h.call_pk, 1, h.pk, h.action FROM registration_history h WHERE h.pk > {SqliteDialect.Instance.LastInsertedKey("registration_history")} - @m ORDER BY h.pk",
            "@a", "@m"),
    ];

    /// <summary>The change feed's row for a registration_history row written item by item (migration 0036: no trigger).</summary>
    protected override string? RegistrationFeedRow { get; } =
        "INSERT INTO change_feed (account_pk, position, call_pk, source, source_pk, action) " +
        $"SELECT c.account_pk, {HighestFeedPosition("c.account_pk")} + 1, c.pk, 1, @h, @act " +
        "FROM api_calls c WHERE c.pk = @c";

    /// <summary>
    /// The account's highest change-feed position (0 before its first change): the next rows take the positions after
    /// it, as the feed triggers of the other ledgers do. With one writer, no other transaction takes one meanwhile.
    /// </summary>
    private static string HighestFeedPosition(string account) =>
        $"(SELECT COALESCE(MAX(f.position), 0) FROM change_feed f WHERE f.account_pk = {account})";

    /// <summary>
    /// The writer connection's settings, read through the writer (<c>journal_mode</c>, <c>synchronous</c>,
    /// <c>temp_store</c>, <c>foreign_keys</c>, as SQLite reports them): what every write runs under.
    /// </summary>
    public Task<IReadOnlyDictionary<string, string>> WriterSettingsAsync(CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyDictionary<string, string>>(async (s, ct) =>
        {
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in (string[])["journal_mode", "synchronous", "temp_store", "foreign_keys"])
            {
                settings[name] = Convert.ToString(await s.Command($"PRAGMA {name}").ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture)!;
            }

            return settings;
        }, cancellationToken);

    public override Task MigrateAsync(CancellationToken cancellationToken = default) =>
        WriteAsync((s, ct) => SqlMigrator.ApplyAsync(s, SqlMigrator.Load(typeof(SqliteStore).Assembly, Dialect.MigrationPrefix), Now, ct), cancellationToken);

    protected override async Task<T> ReadCoreAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var session = new SqlSession(connection, Dialect, cacheCommands: false);
        // Deferred: Microsoft.Data.Sqlite's default BEGIN IMMEDIATE takes the write lock, so every read (each
        // request's token lookup) would queue behind the writer's group commit and sleep in SQLite's busy handler.
        session.Transaction = connection.BeginTransaction(deferred: true);
        var result = await work(session, cancellationToken);
        await session.Transaction.CommitAsync(cancellationToken);
        return result;
    }

    public override async ValueTask DisposeAsync()
    {
        await Writes.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private async Task<SqlSession> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // temp_store=MEMORY: a statement that changes many rows in a transaction (the set-based SessionRegAction
            // writes, with their triggers) keeps a statement journal, which SQLite spills past 64 KB into a temporary
            // file that it creates, writes and deletes again: hundreds of files a second under load, on the one writer.
            // In memory it is bounded by what one transaction changes.
            pragma.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        return new SqlSession(connection, Dialect, cacheCommands: true);
    }
}
