using Breakout.Admin;

using Breakout.TestSupport;

namespace Breakout.Storage.Tests;

/// <summary>
/// One database per test class, opened through <see cref="StoreFactory"/> as the host opens it. Tests share the
/// database but each creates its own account, so they cannot see each other's rows.
/// </summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private IBreakoutStore? store;
    private string? skipReason;

    /// <summary>Every store of the fixture reads this clock; it starts before the test events.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The store under test; skips the calling test when its database server is not reachable.</summary>
    public IBreakoutStore Store
    {
        get
        {
            if (skipReason is not null)
            {
                Assert.Skip(skipReason);
            }

            return store!;
        }
    }

    /// <summary>Another store instance on the same database (a second node, or the same node restarted).</summary>
    public Task<IBreakoutStore> OpenStoreAsync() => StoreFactory.OpenAsync(Options(), Clock);

    public async ValueTask InitializeAsync()
    {
        skipReason = await PrepareAsync();
        if (skipReason is null)
        {
            store = await OpenStoreAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }

        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs one statement on the database behind the store's back, as an operator or another process would; answers
    /// the first column of its first row, if any.
    /// </summary>
    public abstract Task<object?> ExecuteOutsideAsync(string sql);

    /// <summary>Whether <paramref name="exception"/>, thrown by <see cref="ExecuteOutsideAsync"/>, is the database refusing to break a reference.</summary>
    public abstract bool IsForeignKeyViolation(Exception exception);

    /// <summary>
    /// Holds the sessions behind the store's back (another process's transaction, holding SQLite's write lock or
    /// PostgreSQL's exclusive lock on the sessions table) until disposed: writes to sessions wait meanwhile.
    /// </summary>
    public abstract Task<IAsyncDisposable> HoldSessionsAsync();

    /// <summary>The database as the store's telemetry names it (<c>db.namespace</c>): measurements of this fixture's store carry it.</summary>
    public abstract string DatabaseName { get; }

    /// <summary>Creates the empty database; returns why the tests must skip, or null.</summary>
    protected abstract Task<string?> PrepareAsync();

    protected abstract StoreOptions Options();

    protected abstract Task CleanUpAsync();
}
