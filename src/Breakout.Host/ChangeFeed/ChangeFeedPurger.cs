using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>
/// Deletes the change feed's rows older than <c>Breakout:ChangeFeed:Retention</c>, once a minute of
/// <paramref name="time"/> (every node; the rows a purge deletes are the same whichever node runs it). A reader that
/// asks for a cursor older than what is kept is answered 410 with the oldest cursor it may use.
/// </summary>
internal sealed class ChangeFeedPurger(IBreakoutStore store, TimeSpan retention, TimeProvider time, ILogger<ChangeFeedPurger> logger)
    : PeriodicJob(TimeSpan.FromMinutes(1), time, runAtStart: true) // at start too: a node that starts after a long stop does not wait a minute
{
    private const int Batch = 10_000;

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => PurgeAsync(cancellationToken);

    protected override void LogFailure(Exception exception) => logger.LogWarning(exception, "Could not purge the change feed; the next purge tries again");

    /// <summary>Purges until a round deletes less than a batch per account.</summary>
    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        int deleted;
        do
        {
            deleted = await store.PurgeChangesAsync(Time.GetUtcNow() - retention, Batch, cancellationToken);
        }
        while (deleted >= Batch);
    }
}
