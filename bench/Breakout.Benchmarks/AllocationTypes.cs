using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Breakout.Benchmarks;

/// <summary>
/// The runtime's allocation samples (one <c>GCAllocationTick</c> event about every 100 KB allocated) by type, while it
/// listens: where a call's bytes go, roughly, without a profiler. <c>BREAKOUT_BENCH_ALLOC_TYPES=1</c> turns it on in
/// <see cref="HostCalls"/>.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> bytes = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
        {
            return;
        }

        var type = eventData.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        bytes.AddOrUpdate(type, amount, (_, old) => old + amount);
    }

    public void Print(TextWriter output, int calls)
    {
        foreach (var (type, total) in bytes.OrderByDescending(p => p.Value).Take(60))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total / (double)calls,8:F0} B/call  {type}"));
        }
    }
}
