using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Breakout.Storage.Sql;

/// <summary>
/// The store's meter and activity source (docs/observability.md): what its writers do (queue depth and wait, requests
/// per transaction, commit latency, reruns) and what committed (waitlist promotions), and one span per store call,
/// a child of the SOAP call's span. Process-wide like the stores' writers: each instrument adds up every store of the
/// process. Nothing is measured unless a listener (OpenTelemetry) subscribes.
/// </summary>
public static class StoreTelemetry
{
    /// <summary>The name of the store's meter and of its activity source.</summary>
    public const string Name = "Breakout.Storage";

    internal static readonly Meter Meter = new(Name);

    /// <summary>Bucket bounds for store latencies: 0.1 ms to 5 s.</summary>
    private static readonly InstrumentAdvice<double> Buckets = new()
    {
        HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    };

    /// <summary>Spans <c>store.read</c> and <c>store.write</c>, tagged with the store method (<c>db.operation.name</c>).</summary>
    internal static readonly ActivitySource Source = new(Name);

    internal static readonly UpDownCounter<long> QueueDepth = Meter.CreateUpDownCounter<long>("breakout.store.queue.depth", "{request}",
        "Write requests waiting for a writer");

    internal static readonly Histogram<double> QueueWait = Meter.CreateHistogram("breakout.store.queue.wait", "s",
        "Time a write request waited in the queue before a writer took it", advice: Buckets);

    internal static readonly Histogram<long> TransactionRequests = Meter.CreateHistogram<long>("breakout.store.transaction.requests", "{request}",
        "Write requests committed by one transaction (group commit)",
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    internal static readonly Histogram<double> CommitDuration = Meter.CreateHistogram("breakout.store.commit.duration", "s",
        "Time the database took to make a transaction durable (COMMIT)", advice: Buckets);

    internal static readonly Counter<long> Promotions = Meter.CreateCounter<long>("breakout.waitlist.promotions", "{registrant}",
        "Registrants moved from a waitlist into a freed seat (counted once committed)");

    /// <summary>The name of <see cref="SessionRegCalls"/>.</summary>
    public const string SessionRegCallsInstrument = "breakout.sessionreg.calls";

    /// <summary>
    /// SessionRegAction calls committed, tagged <c>path</c>: <c>set</c> (decided together and written with a fixed number
    /// of statements) or <c>item</c> (item by item), and <c>db.namespace</c> (the database).
    /// </summary>
    internal static readonly Counter<long> SessionRegCalls = Meter.CreateCounter<long>(SessionRegCallsInstrument, "{call}",
        "SessionRegAction calls committed, by how the store applied them (path: set or item)");

    /// <summary>
    /// Runs a store call inside a span named <paramref name="kind"/> tagged with the store <paramref name="method"/>;
    /// without a listener, just runs it.
    /// </summary>
    /// <remarks><paramref name="state"/> is what <paramref name="call"/> needs, so that no closure is allocated.</remarks>
    internal static Task<T> TraceAsync<TState, T>(string kind, string method, TState state, Func<TState, Task<T>> call) =>
        Source.HasListeners() ? TracedAsync(kind, method, state, call) : call(state);

    private static async Task<T> TracedAsync<TState, T>(string kind, string method, TState state, Func<TState, Task<T>> call)
    {
        using var activity = Source.StartActivity(kind, ActivityKind.Internal);
        if (activity is null)
        {
            return await call(state);
        }

        activity.SetTag("db.operation.name", method.EndsWith("Async", StringComparison.Ordinal) ? method[..^5] : method);
        try
        {
            return await call(state);
        }
        catch (Exception ex)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }
}
