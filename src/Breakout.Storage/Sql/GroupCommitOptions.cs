using System.Data;

namespace Breakout.Storage.Sql;

/// <summary>How a store's <see cref="GroupCommitQueue"/> runs its writers.</summary>
public sealed record GroupCommitOptions
{
    /// <summary>Writer loops, each with a connection of its own (SQLite allows one writer; PostgreSQL several).</summary>
    public int Writers { get; init; } = 1;

    /// <summary>Most requests committed in one transaction.</summary>
    public int MaxRequestsPerCommit { get; init; } = 256;

    public IsolationLevel IsolationLevel { get; init; } = IsolationLevel.ReadCommitted;

    /// <summary>Whether a failure means "the transaction collided; run it again" (serialization failure, deadlock).</summary>
    public Func<Exception, bool> IsTransient { get; init; } = _ => false;

    /// <summary>The name a transient failure is counted under (for example PostgreSQL's SQLSTATE).</summary>
    public Func<Exception, string> TransientReason { get; init; } = ex => ex.GetType().Name;

    /// <summary>
    /// Locks, at the start of a transaction that runs more than one request, every row the requests' inputs (those
    /// queued with a combine key) will lock, in one global order; null when one writer is alone on the database.
    /// </summary>
    public Func<SqlSession, IReadOnlyList<object>, CancellationToken, Task>? LockInOrder { get; init; }

    /// <summary>Attempts at a batch that keeps failing transiently, before its requests fail.</summary>
    public int MaxAttempts { get; init; } = 8;
}
