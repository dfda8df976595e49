namespace Breakout.Admin;

/// <summary>Which store to open: SQLite at <see cref="SqlitePath"/> unless a PostgreSQL connection string is given.</summary>
public sealed record StoreOptions
{
    public const string DefaultSqlitePath = "data/breakout.db";

    public string SqlitePath { get; init; } = DefaultSqlitePath;

    /// <summary>PostgreSQL connection string; when set, the PostgreSQL store is used.</summary>
    public string? Postgres { get; init; }

    /// <summary>SQLite <c>PRAGMA synchronous</c> (FULL by default).</summary>
    public string SqliteSynchronous { get; init; } = "FULL";
}
