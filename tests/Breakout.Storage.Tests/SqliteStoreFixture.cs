using Breakout.Admin;
using Microsoft.Data.Sqlite;

namespace Breakout.Storage.Tests;

/// <summary>A SQLite database file in a temp folder of its own, deleted at the end.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "breakout-storage-tests-" + Guid.NewGuid().ToString("N"));

    public override string DatabaseName => Path.GetFullPath(Options().SqlitePath);

    protected override Task<string?> PrepareAsync() => Task.FromResult<string?>(null);

    protected override StoreOptions Options() => new() { SqlitePath = Path.Combine(folder, "breakout.db") };

    public override async Task<object?> ExecuteOutsideAsync(string sql)
    {
        await using var connection = await OpenOutsideAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>SQLITE_CONSTRAINT_FOREIGNKEY (the outside connection enforces foreign keys, as the store's do).</summary>
    public override bool IsForeignKeyViolation(Exception exception) => exception is SqliteException { SqliteExtendedErrorCode: 787 };

    public override async Task<IAsyncDisposable> HoldSessionsAsync()
    {
        var connection = await OpenOutsideAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<SqliteConnection> OpenOutsideAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Options().SqlitePath, Pooling = false, DefaultTimeout = 30, ForeignKeys = true }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    protected override Task CleanUpAsync()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
