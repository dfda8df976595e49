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

    /// <summary>
    /// Whether a failure means that the connection broke (server restarted or unreachable, backend terminated) rather
    /// than that the database refused the work. Such work is run again once on a fresh connection when it had not
    /// been committed; a connection that is no longer open counts as broken whatever the failure.
    /// </summary>
    public Func<Exception, bool> IsConnectionFailure { get; init; } = _ => false;

    /// <summary>Called when a writer's connection broke, before it opens a new one (for example to empty the pool).</summary>
    public Action? ConnectionBroken { get; init; }

    /// <summary>
    /// Records, right before COMMIT is sent, what identifies the transaction to another connection (PostgreSQL: a new
    /// mark in the writer connection's row, written by the transaction); null when the store cannot find out a lost
    /// commit's outcome (for all transactions, or, when the function answers null, for this one).
    /// </summary>
    public Func<SqlSession, CancellationToken, Task<object?>>? IdentifyTransaction { get; init; }

    /// <summary>
    /// Asks, on a new connection, whether the transaction identified by <see cref="IdentifyTransaction"/> committed:
    /// true, false (rolled back), or null (not decided yet). Failures to connect are retried until
    /// <see cref="CommitOutcomeTimeout"/>.
    /// </summary>
    public Func<object, CancellationToken, Task<bool?>>? WasCommitted { get; init; }

    /// <summary>How long a writer keeps trying to find out whether a commit whose answer was lost took effect.</summary>
    public TimeSpan CommitOutcomeTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
