using Breakout.TestSupport;

namespace Breakout.MultiNode.Tests;

/// <summary>
/// A fresh PostgreSQL database for one test class (see <see cref="PostgresTestDatabase"/>): without a reachable server
/// the tests skip, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private PostgresTestDatabase? database;
    private string? skipReason;

    public string ConnectionString => database?.ConnectionString ?? "";

    /// <summary>Skips the calling test when no server is reachable (outside CI).</summary>
    public void RequireServer()
    {
        if (skipReason is not null)
        {
            Assert.Skip(skipReason);
        }
    }

    public async ValueTask InitializeAsync() => (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (database is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await database.DisposeAsync();
        }
    }
}
