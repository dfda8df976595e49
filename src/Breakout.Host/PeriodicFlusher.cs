namespace Breakout.Host;

/// <summary>
/// Writes what a node counted in memory to the store every second of <paramref name="time"/>, and once more when the
/// host stops, bounded so that an unreachable database cannot hold the shutdown. A failed write is logged and left to
/// the next (the counts stay pending; lost only if it was the last).
/// </summary>
internal abstract class PeriodicFlusher(TimeProvider time, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected TimeProvider Time { get; } = time;

    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(5);

    /// <summary>What is flushed, for the warning when a flush fails.</summary>
    protected abstract string What { get; }

    protected abstract Task FlushCoreAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The last flush runs whatever the host's shutdown token says (it may already be cancelled when the drain used up the shutdown time).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        using var bounded = new CancellationTokenSource(FinalFlushTimeout);
        await FlushAsync(bounded.Token);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushCoreAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not write {What}; they stay pending and are written by the next flush", What);
        }
    }
}
