using Breakout.Storage.Sql;
using Breakout.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Breakout.Storage.Tests;

/// <summary>Migration 0031 rebuilds SQLite's change feed (positions given on insert, no AUTOINCREMENT) with its rows as they were.</summary>
public sealed class SqliteChangeFeedMigrationTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"breakout-feed-migration-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Migration0031_KeepsEveryFeedRow_AndTheNextRowsContinueEachAccountsPositions()
    {
        var migrations = SqlMigrator.Load(typeof(SqliteStore).Assembly, "Breakout.Sqlite.Migrations.");
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA foreign_keys=ON");
        await ExecuteAsync(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
        foreach (var migration in migrations.Where(m => m.Version < 31))
        {
            await ExecuteAsync(connection, $"BEGIN; {migration.Sql}; INSERT INTO schema_migrations VALUES ({migration.Version}, '{migration.Name}', 0); COMMIT;");
        }

        await ExecuteAsync(connection,
            "INSERT INTO accounts (pk, account_number, name, created_at) VALUES (1, 'A1', 'One', 0), (2, 'A2', 'Two', 0);" +
            "INSERT INTO api_users (pk, account_pk, user_name, password_hash, created_at) VALUES (1, 1, 'u', 'x', 0), (2, 2, 'u', 'x', 0);" +
            "INSERT INTO api_calls (pk, account_pk, api_user_pk, call_id, operation, at) VALUES (10, 1, 1, 'c10', 'SaveContacts', 0), (11, 2, 2, 'c11', 'SaveContacts', 0);" +
            "INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action) VALUES (1, 10, 4, 100, 0), (2, 11, 4, 200, 0), (1, 10, 4, 101, 1);");
        var before = await RowsAsync(connection);

        await using (var store = new SqliteStore(new SqliteStoreOptions { Path = path }, TimeProvider.System))
        {
            await store.MigrateAsync(); // the rest: 0031 and whatever follows it
        }

        Assert.Equal(["1:1:1:100", "2:2:1:200", "3:1:2:101"], before);
        Assert.Equal(before, await RowsAsync(connection));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'change_feed'"));
        // A row inserted without a position (the contact writes) still gets its account's next one.
        await ExecuteAsync(connection, "INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action) VALUES (1, 10, 4, 102, 0)");
        Assert.Equal(3L, await ScalarAsync(connection, "SELECT position FROM change_feed WHERE source_pk = 102"));
        // registration_history's feed rows are written by the store since migration 0036, not by a trigger.
        Assert.Equal(
            ["change_feed_place", "field_changes_feed", "registrant_history_feed"],
            await NamesAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('change_feed', 'registration_history', 'registrant_history', 'field_changes') ORDER BY name"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT pk, account_pk, position, source_pk FROM change_feed ORDER BY pk";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt64(0)}:{reader.GetInt64(1)}:{reader.GetInt64(2)}:{reader.GetInt64(3)}");
        }

        return rows;
    }

    private static async Task<List<string>> NamesAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
