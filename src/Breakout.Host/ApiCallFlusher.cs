using Breakout.Domain.Access;
using Breakout.Soap;

namespace Breakout.Host;

/// <summary>
/// Writes the calls <see cref="ApiCallCounter"/> counted in memory to the store every second, and once more when the
/// host stops, so DescribeGlobal's count survives a restart and other nodes see it within about a second.
/// </summary>
internal sealed partial class ApiCallFlusher(ApiCallCounter counter, ApiQuota quota, TimeProvider time, ILogger<ApiCallFlusher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
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

    /// <summary>
    /// The last flush runs whatever the host's shutdown token says (it may already be cancelled when the drain used
    /// up the shutdown time): one upsert per account, bounded by <see cref="FinalFlushTimeout"/> so that an unreachable
    /// database cannot hold the shutdown.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        using var bounded = new CancellationTokenSource(FinalFlushTimeout);
        await FlushAsync(bounded.Token);
    }

    private static readonly TimeSpan FinalFlushTimeout = TimeSpan.FromSeconds(5);

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await counter.FlushAsync(quota.DayOf(time.GetUtcNow()), cancellationToken);
        }
        catch (Exception ex)
        {
            // The counts stay pending and are written by the next flush (lost only if this was the last one).
            LogFlushFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the API call counts; they stay pending and are written by the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
