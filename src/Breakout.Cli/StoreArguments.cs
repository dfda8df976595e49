using System.CommandLine;
using Breakout.Admin;
using Breakout.Storage;

namespace Breakout.Cli;

/// <summary>The <c>--db</c> and <c>--postgres</c> options every command takes, and opening the store they name.</summary>
internal sealed class StoreArguments
{
    public Option<string> Database { get; } = new("--db")
    {
        Description = "SQLite database file (created if missing).",
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
        string.IsNullOrWhiteSpace(result.GetValue(Postgres)) ? result.GetValue(Database)! : "the PostgreSQL database";

    /// <summary>Opens the store and applies any pending migrations.</summary>
    public Task<IBreakoutStore> OpenAsync(ParseResult result, CancellationToken cancellationToken) =>
        StoreFactory.OpenAsync(
            new StoreOptions { SqlitePath = result.GetValue(Database)!, Postgres = result.GetValue(Postgres) },
            TimeProvider.System,
            cancellationToken);

    /// <summary>Finds an account by number or fails with a message naming it.</summary>
    public static async Task<AccountRecord> RequireAccountAsync(IBreakoutStore store, string accountNumber, CancellationToken cancellationToken) =>
        await store.FindAccountAsync(accountNumber, cancellationToken)
            ?? throw new CliException($"Account '{accountNumber}' does not exist (create it with 'breakout account create').");
}
