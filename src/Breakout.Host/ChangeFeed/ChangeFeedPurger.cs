using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>
/// Deletes the change feed's rows older than <c>Breakout:ChangeFeed:Retention</c>, once a minute of
/// <paramref name="time"/> (every node; the rows a purge deletes are the same whichever node runs it). A reader that
/// asks for a cursor older than what is kept is answered 410 with the oldest cursor it may use.
/// </summary>
internal sealed class ChangeFeedPurger(IBreakoutStore store, TimeSpan retention, TimeProvider time, ILogger<ChangeFeedPurger> logger) : BackgroundService
{
    private const int Batch = 10_000;

    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            await PurgeAsync(stoppingToken); // at start too: a node that starts after a long stop does not wait a minute
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PurgeAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Purges until a round deletes less than a batch per account.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        try
        {
            int deleted;
            do
            {
                deleted = await store.PurgeChangesAsync(time.GetUtcNow() - retention, Batch, cancellationToken);
            }
            while (deleted >= Batch);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not purge the change feed; the next purge tries again");
        }
    }
}
