namespace Breakout.Host;

/// <summary>
/// Writes what a node counted in memory to the store every second of <paramref name="time"/>, and once more when the
/// host stops, bounded so that an unreachable database cannot hold the shutdown. A failed write is logged and left to
/// the next (the counts stay pending; lost only if it was the last).
/// </summary>
internal abstract class PeriodicFlusher(TimeProvider time, ILogger logger) : PeriodicJob(TimeSpan.FromSeconds(1), time, runOnStop: true)
{
    /// <summary>What is flushed, for the warning when a flush fails.</summary>
    protected abstract string What { get; }

    protected abstract Task FlushCoreAsync(CancellationToken cancellationToken);

    protected sealed override Task RunOnceAsync(CancellationToken cancellationToken) => FlushCoreAsync(cancellationToken);

    protected sealed override void LogFailure(Exception exception) =>
        logger.LogWarning(exception, "Could not write {What}; they stay pending and are written by the next flush", What);
}
