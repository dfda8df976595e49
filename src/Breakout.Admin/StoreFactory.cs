using Breakout.Storage;
using Breakout.Storage.Postgres;
using Breakout.Storage.Sqlite;

namespace Breakout.Admin;

/// <summary>Opens the configured store and brings its schema up to date.</summary>
public static class StoreFactory
{
    public static async Task<IBreakoutStore> OpenAsync(StoreOptions options, TimeProvider time, CancellationToken cancellationToken = default)
    {
        IBreakoutStore store = string.IsNullOrWhiteSpace(options.Postgres)
            ? new SqliteStore(new SqliteStoreOptions { Path = options.SqlitePath, Synchronous = options.SqliteSynchronous }, time)
            : new PostgresStore(new PostgresStoreOptions { ConnectionString = options.Postgres }, time);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
