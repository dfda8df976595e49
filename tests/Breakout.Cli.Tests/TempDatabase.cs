using Breakout.Admin;
using Breakout.Storage;
using Microsoft.Data.Sqlite;

namespace Breakout.Cli.Tests;

/// <summary>A SQLite file in a fresh temporary folder, and ways to drive the CLI and the store against it.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "breakout-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        DatabasePath = System.IO.Path.Combine(Folder, "breakout.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>Runs <c>breakout ARGS --db THIS</c> in-process; <paramref name="stdin"/> is piped standard input.</summary>
    public async Task<CliRun> RunAsync(string[] args, string stdin = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BreakoutCli.RunAsync([.. args, "--db", DatabasePath], output, error, new StringReader(stdin));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(args, "");

    public Task<IBreakoutStore> OpenStoreAsync(TimeProvider? time = null) =>
        StoreFactory.OpenAsync(new StoreOptions { SqlitePath = DatabasePath }, time ?? TimeProvider.System);

    /// <summary>Runs raw SQL outside the store, as an operator (or a bug) might.</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere only leaves a temp folder behind.
        }
    }
}
