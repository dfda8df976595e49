using Breakout.Admin;

using Breakout.TestSupport;
using Npgsql;

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

    public override string DatabaseName => database!.Name;

    protected override StoreOptions Options() => new() { Postgres = database!.ConnectionString };

    public override Task<object?> ExecuteOutsideAsync(string sql) => database!.ScalarAsync(sql);

    public override bool IsForeignKeyViolation(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation };

    public override async Task<IAsyncDisposable> HoldSessionsAsync()
    {
        var connection = new NpgsqlConnection(database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("BEGIN; LOCK TABLE sessions IN EXCLUSIVE MODE", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    protected override async Task CleanUpAsync()
    {
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
