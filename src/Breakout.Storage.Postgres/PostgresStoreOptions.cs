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
}
