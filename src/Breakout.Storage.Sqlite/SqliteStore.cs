using System.Threading.Channels;
using Breakout.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Breakout.Storage.Sqlite;

/// <summary>
/// The embedded store. SQLite allows one writer, so all writes go through one queue to one connection, which
/// commits every request waiting at that moment in a single transaction (group commit), each request in a
/// savepoint of its own so that one failing request does not undo the others. A request's task completes only
/// after that commit, so nothing answered is lost on a crash (WAL, <c>synchronous=FULL</c> by default).
/// Reads run concurrently on pooled connections (WAL readers never block the writer).
/// </summary>
public sealed class SqliteStore : SqlStore
{
    private readonly SqliteStoreOptions options;
    private readonly string connectionString;
    private readonly Channel<WriteRequest> queue = Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task writer;
    private readonly string synchronous;
    private Exception? writerFailure;

    public SqliteStore(SqliteStoreOptions options, TimeProvider time)
        : base(SqliteDialect.Instance, time)
    {
        this.options = options;
        synchronous = options.Synchronous.ToUpperInvariant() is "OFF" or "NORMAL" or "FULL" or "EXTRA"
            ? options.Synchronous.ToUpperInvariant()
            : throw new ArgumentException($"'{options.Synchronous}' is not a SQLite synchronous level (OFF, NORMAL, FULL, EXTRA).", nameof(options));
        var full = Path.GetFullPath(options.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
        writer = Task.Run(RunWriterAsync);
    }

    public string DatabasePath => Path.GetFullPath(options.Path);

    public override Task MigrateAsync(CancellationToken cancellationToken = default) =>
        WriteAsync((s, ct) => SqlMigrator.ApplyAsync(s, SqlMigrator.Load(typeof(SqliteStore).Assembly, Dialect.MigrationPrefix), Now, ct), cancellationToken);

    protected override async Task<T> ReadAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
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

    protected override Task<T> WriteAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var request = new WriteRequest<T>(work, cancellationToken);
        if (!queue.Writer.TryWrite(request))
        {
            throw writerFailure is null
                ? new ObjectDisposedException(nameof(SqliteStore))
                : new InvalidOperationException("The SQLite writer has stopped.", writerFailure);
        }

        return request.Task;
    }

    public override async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writer;
        SqliteConnection.ClearAllPools();
    }

    private async Task RunWriterAsync()
    {
        try
        {
            await WriteUntilClosedAsync();
        }
        catch (Exception ex)
        {
            // The database cannot be written (opened, locked by another process, disk gone): fail every waiting
            // request and refuse new ones rather than leaving callers waiting forever.
            writerFailure = ex;
            queue.Writer.TryComplete(ex);
            while (queue.Reader.TryRead(out var request))
            {
                request.Fail(ex);
            }
        }
    }

    private async Task WriteUntilClosedAsync()
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON;";
            await pragma.ExecuteNonQueryAsync();
        }

        await using var session = new SqlSession(connection, Dialect, cacheCommands: true);
        var batch = new List<WriteRequest>(options.MaxRequestsPerCommit);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < options.MaxRequestsPerCommit && queue.Reader.TryRead(out var request))
            {
                if (!request.IsCancelled)
                {
                    batch.Add(request);
                }
            }

            if (batch.Count > 0)
            {
                await CommitBatchAsync(connection, session, batch);
            }
        }
    }

    private static async Task CommitBatchAsync(SqliteConnection connection, SqlSession session, List<WriteRequest> batch)
    {
        var succeeded = new List<WriteRequest>(batch.Count);
        try
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
            session.Transaction = transaction;
            foreach (var request in batch)
            {
                transaction.Save("request");
                try
                {
                    await request.RunAsync(session);
                    transaction.Release("request");
                    succeeded.Add(request);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    transaction.Rollback("request");
                    transaction.Release("request");
                    request.Fail(ex);
                }
            }

            await transaction.CommitAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            foreach (var request in succeeded)
            {
                request.Fail(ex);
            }

            succeeded.Clear();
        }
        finally
        {
            if (session.Transaction is not null)
            {
                await session.Transaction.DisposeAsync();
                session.Transaction = null;
            }
        }

        foreach (var request in succeeded)
        {
            request.Complete();
        }
    }

    private abstract class WriteRequest
    {
        public abstract bool IsCancelled { get; }

        public abstract Task RunAsync(SqlSession session);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class WriteRequest<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : WriteRequest
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;

        public Task<T> Task => completion.Task;

        public override bool IsCancelled
        {
            get
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    completion.TrySetCanceled(cancellationToken);
                    return true;
                }

                return false;
            }
        }

        // Once started, a request runs to the end (or is rolled back to its savepoint): never half-applied.
        public override async Task RunAsync(SqlSession session) => result = await work(session, CancellationToken.None);

        public override void Complete() => completion.TrySetResult(result!);

        public override void Fail(Exception exception) => completion.TrySetException(exception);
    }
}
