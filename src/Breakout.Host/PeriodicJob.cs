namespace Breakout.Host;

/// <summary>
/// A background job run every <paramref name="interval"/> of <paramref name="time"/>: optionally once when the host
/// starts (<paramref name="runAtStart"/>) and once more when it stops (<paramref name="runOnStop"/>, bounded so that an
/// unreachable database cannot hold the shutdown). A failed run is logged by <see cref="LogFailure"/> and left to the
/// next; a run cancelled because the host stops is not a failure.
/// </summary>
/// <remarks>
/// A job that runs on stop lets the runs of its ticks finish (they are not cancelled by the stop: the last run follows
/// anyway); one that does not is cancelled with the host.
/// </remarks>
internal abstract class PeriodicJob(TimeSpan interval, TimeProvider time, bool runAtStart = false, bool runOnStop = false) : BackgroundService
{
    private static readonly TimeSpan FinalRunTimeout = TimeSpan.FromSeconds(5);

    protected TimeProvider Time { get; } = time;

    /// <summary>One run of the job.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Logs a failed run (a warning: the next run tries again).</summary>
    protected abstract void LogFailure(Exception exception);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, Time);
        var token = runOnStop ? CancellationToken.None : stoppingToken;
        try
        {
            if (runAtStart)
            {
                await RunAsync(token, stoppingToken);
            }

            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunAsync(token, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The last run happens whatever the host's shutdown token says (it may already be cancelled when the drain used up the shutdown time).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (runOnStop)
        {
            using var bounded = new CancellationTokenSource(FinalRunTimeout);
            await RunAsync(bounded.Token, CancellationToken.None);
        }
    }

    /// <summary>Runs once; a failure other than a cancellation by <paramref name="stopping"/> is logged, not thrown.</summary>
    private async Task RunAsync(CancellationToken cancellationToken, CancellationToken stopping)
    {
        try
        {
            await RunOnceAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            LogFailure(ex);
        }
    }
}
