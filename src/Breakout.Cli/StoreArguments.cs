using System.CommandLine;
using Breakout.Admin;
using Breakout.Storage;

namespace Breakout.Cli;

/// <summary>The <c>--db</c> and <c>--postgres</c> options every command takes, and opening the store they name.</summary>
internal sealed class StoreArguments
{
    /// <summary>Where the notice naming the default database goes (the command line's stderr).</summary>
    public TextWriter Notices { get; init; } = TextWriter.Null;

    public Option<string> Database { get; } = new("--db")
    {
        Description = "SQLite database file, relative to the current directory (default data/breakout.db). Only migrate, demo and account create create it.",
        HelpName = "PATH",
        DefaultValueFactory = _ => StoreOptions.DefaultSqlitePath,
        Recursive = true,
    };

    public Option<string?> Postgres { get; } = new("--postgres")
    {
        Description = "PostgreSQL connection string; used instead of SQLite when given.",
        HelpName = "CONN",
        Recursive = true,
    };

    /// <summary>A short name of the database for messages (never the connection string: it may hold a password).</summary>
    public string Describe(ParseResult result) =>
        string.IsNullOrWhiteSpace(result.GetValue(Postgres)) ? SqlitePath(result) : "the PostgreSQL database";

    /// <summary>
    /// Opens an existing store and applies any pending migrations. A SQLite file that does not exist is an error, and
    /// nothing is created: a mistyped path (or the host's database looked for in another folder) must not leave an
    /// empty database behind and blame the account.
    /// </summary>
    public Task<IBreakoutStore> OpenAsync(ParseResult result, CancellationToken cancellationToken) =>
        OpenAsync(result, create: false, cancellationToken);

    /// <summary>Opens the store, creating a SQLite file that does not exist yet (migrate, demo, account create).</summary>
    public Task<IBreakoutStore> OpenOrCreateAsync(ParseResult result, CancellationToken cancellationToken) =>
        OpenAsync(result, create: true, cancellationToken);

    private async Task<IBreakoutStore> OpenAsync(ParseResult result, bool create, CancellationToken cancellationToken)
    {
        var postgres = result.GetValue(Postgres);
        var path = SqlitePath(result);
        if (string.IsNullOrWhiteSpace(postgres))
        {
            if (result.GetResult(Database) is null or { Implicit: true })
            {
                // The default path depends on the current directory: say which file that is.
                await Notices.WriteLineAsync($"Database: {path}");
            }

            if (!create && !File.Exists(path))
            {
                throw new CliException(
                    $"Database {path} does not exist (paths are relative to the current directory; pass --db with the host's database file, " +
                    "or create one with 'breakout migrate', 'breakout demo' or 'breakout account create').");
            }
        }

        return await StoreFactory.OpenAsync(new StoreOptions { SqlitePath = path, Postgres = postgres }, TimeProvider.System, cancellationToken);
    }

    /// <summary>The SQLite file as a full path, relative to the current directory.</summary>
    public string SqlitePath(ParseResult result) => Path.GetFullPath(result.GetValue(Database)!);

    /// <summary>Finds an account by number or fails with a message naming it.</summary>
    public static async Task<AccountRecord> RequireAccountAsync(IBreakoutStore store, string accountNumber, CancellationToken cancellationToken) =>
        await store.FindAccountAsync(accountNumber, cancellationToken)
            ?? throw new CliException($"Account '{accountNumber}' does not exist (create it with 'breakout account create').");
}
