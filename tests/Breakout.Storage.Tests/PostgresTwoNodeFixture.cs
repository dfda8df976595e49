using Breakout.Admin;

using Breakout.TestSupport;

namespace Breakout.Storage.Tests;

/// <summary>Two PostgreSQL stores on one fresh database, as two nodes behind a load balancer; both migrate at once.</summary>
public sealed class PostgresTwoNodeFixture : IAsyncLifetime
{
    private PostgresTestDatabase? database;
    private string? skipReason;
    private IBreakoutStore? a;
    private IBreakoutStore? b;

    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    public IBreakoutStore A => Available(a);

    public IBreakoutStore B => Available(b);

    public PostgresTestDatabase Database => Available(database);

    public async ValueTask InitializeAsync()
    {
        (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();
        if (database is not null)
        {
            var options = new StoreOptions { Postgres = database.ConnectionString };
            var nodes = await Task.WhenAll(StoreFactory.OpenAsync(options, Clock), StoreFactory.OpenAsync(options, Clock));
            (a, b) = (nodes[0], nodes[1]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in new[] { a, b })
        {
            if (store is not null)
            {
                await store.DisposeAsync();
            }
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    private T Available<T>(T? value)
        where T : class
    {
        if (skipReason is not null)
        {
            Assert.Skip(skipReason);
        }

        return value!;
    }
}
