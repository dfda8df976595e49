namespace Breakout.Storage.Postgres;

/// <summary>Settings of the PostgreSQL store.</summary>
public sealed record PostgresStoreOptions
{
    /// <summary>Npgsql connection string; its pool settings (<c>Maximum Pool Size</c>, default 100) size the node's pool.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>
    /// Times one unit of work is tried when PostgreSQL aborts it with a serialization failure or a deadlock
    /// (both are safe to retry: the transaction was rolled back whole).
    /// </summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>
    /// Writer connections of this node (group commit). Several let transactions on different sessions proceed in
    /// parallel; requests on one busy session are serialised by its row lock whatever this number.
    /// </summary>
    public int Writers { get; init; } = 4;

    /// <summary>Most requests committed in one transaction by a writer.</summary>
    public int MaxRequestsPerCommit { get; init; } = 128;

    /// <summary>
    /// How long a session token's lookup is answered from memory (the store's own changes to API users and tokens
    /// are seen at once, other nodes' and processes' within this time; expiry is always checked). Zero turns it off.
    /// </summary>
    public TimeSpan TokenCacheLifetime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a writer keeps asking whether a commit whose answer was lost with its connection took effect, before
    /// its calls fail with "outcome unknown".
    /// </summary>
    public TimeSpan CommitOutcomeTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
