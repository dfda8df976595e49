using Breakout.Storage.Sqlite;

namespace Breakout.Storage.Tests;

/// <summary>The settings SQLite's one writer connection runs every write under, read back through that writer.</summary>
public sealed class SqliteWriterSettingsTests : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"breakout-writer-settings-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task ByDefault_TheWriterIsDurable_AndKeepsStatementJournalsInMemory()
    {
        await using var store = new SqliteStore(new SqliteStoreOptions { Path = path }, TimeProvider.System);
        await store.MigrateAsync();

        var settings = await store.WriterSettingsAsync();

        Assert.Equal("wal", settings["journal_mode"]);
        Assert.Equal("2", settings["synchronous"]); // FULL
        Assert.Equal("2", settings["temp_store"]); // MEMORY: no temporary file per large statement
        Assert.Equal("1", settings["foreign_keys"]);
    }

    [Fact]
    public async Task SynchronousNormal_IsWhatTheWriterRunsUnder_WhenConfigured()
    {
        await using var store = new SqliteStore(new SqliteStoreOptions { Path = path, Synchronous = "normal" }, TimeProvider.System);
        await store.MigrateAsync();

        var settings = await store.WriterSettingsAsync();

        Assert.Equal("1", settings["synchronous"]);
        Assert.Equal("2", settings["temp_store"]);
    }

    public ValueTask DisposeAsync()
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
