namespace Breakout.Host.OperatorConsole;

/// <summary>
/// Writes <see cref="CallStatistics"/> to the store every second of real time (the statistics are the operator's, so a
/// test clock that is frozen does not hold them), and once more when the host stops.
/// </summary>
internal sealed class CallStatisticsFlusher(CallStatistics statistics, ILogger<CallStatisticsFlusher> logger) : PeriodicFlusher(TimeProvider.System, logger)
{
    protected override string What => "the console's call statistics";

    protected override Task FlushCoreAsync(CancellationToken cancellationToken) => statistics.FlushAsync(cancellationToken);
}
