namespace Breakout.Storage.Sqlite;

/// <summary>Settings of the SQLite store.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Path of the database file; its folder is created if missing.</summary>
    public string Path { get; init; } = System.IO.Path.Combine("data", "breakout.db");

    /// <summary>
    /// <c>PRAGMA synchronous</c> for the writer. FULL (the default) makes every answered write survive a power cut;
    /// NORMAL survives a process crash only.
    /// </summary>
    public string Synchronous { get; init; } = "FULL";

    /// <summary>Most requests committed in one transaction by the writer (group commit).</summary>
    public int MaxRequestsPerCommit { get; init; } = 256;

    /// <summary>
    /// How long a session token's lookup is answered from memory (the store's own changes to API users and tokens
    /// are seen at once, other nodes' and processes' within this time; expiry is always checked). Zero turns it off.
    /// </summary>
    public TimeSpan TokenCacheLifetime { get; init; } = TimeSpan.FromSeconds(1);
}
