using Breakout.Storage;
using Breakout.Storage.Sqlite;

namespace Breakout.Admin;

/// <summary>Opens the configured store and brings its schema up to date.</summary>
public static class StoreFactory
{
    public static async Task<IBreakoutStore> OpenAsync(StoreOptions options, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(options.Postgres))
        {
            throw new NotSupportedException("The PostgreSQL store is not available in this build.");
        }

        IBreakoutStore store = new SqliteStore(new SqliteStoreOptions { Path = options.SqlitePath, Synchronous = options.SqliteSynchronous }, time);
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
