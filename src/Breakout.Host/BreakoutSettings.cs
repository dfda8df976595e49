namespace Breakout.Host;

/// <summary>The <c>Breakout</c> configuration section (appsettings.json, <c>Breakout__*</c> environment variables).</summary>
public sealed class BreakoutSettings
{
    /// <summary>SQLite database file (default <c>data/breakout.db</c>).</summary>
    public string Database { get; set; } = Admin.StoreOptions.DefaultSqlitePath;

    /// <summary>PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>SQLite <c>PRAGMA synchronous</c>: FULL (default) or NORMAL.</summary>
    public string SqliteSynchronous { get; set; } = "FULL";

    /// <summary>Absolute endpoint URL announced in Login's ServerURL (default: the URL the client used).</summary>
    public string? PublicUrl { get; set; }

    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    public int MaxFailedLogins { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 30;

    public int TokenLifetimeMinutes { get; set; } = 60;
}
