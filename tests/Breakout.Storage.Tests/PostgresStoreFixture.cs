using Breakout.Admin;

using Breakout.Testing;

namespace Breakout.Storage.Tests;

/// <summary>A fresh PostgreSQL database for the class, dropped at the end.</summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    private PostgresTestDatabase? database;

    protected override async Task<string?> PrepareAsync()
    {
        (database, var skipReason) = await PostgresTestDatabase.TryCreateAsync();
        return skipReason;
    }

    protected override StoreOptions Options() => new() { Postgres = database!.ConnectionString };

    public override Task ExecuteOutsideAsync(string sql) => database!.ScalarAsync(sql);

    protected override async Task CleanUpAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
