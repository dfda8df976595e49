using Breakout.Domain.Access;
using Breakout.Soap;

namespace Breakout.Host;

/// <summary>
/// Writes the calls <see cref="ApiCallCounter"/> counted in memory to the store every second, and once more when the
/// host stops, so DescribeGlobal's count survives a restart and other nodes see it within about a second.
/// </summary>
internal sealed class ApiCallFlusher(ApiCallCounter counter, ApiQuota quota, TimeProvider time, ILogger<ApiCallFlusher> logger) : PeriodicFlusher(time, logger)
{
    protected override string What => "the API call counts";

    protected override Task FlushCoreAsync(CancellationToken cancellationToken) => counter.FlushAsync(quota.DayOf(Time.GetUtcNow()), cancellationToken);
}
