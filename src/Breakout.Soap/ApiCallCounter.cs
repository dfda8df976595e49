using System.Collections.Concurrent;
using Breakout.Storage;

namespace Breakout.Soap;

/// <summary>
/// Counts the calls each account makes while the daily quota is off, so DescribeGlobal's <c>CurrentAPICalls</c> grows
/// as Cvent's does, without a database write per call: calls are counted in this node's memory and added to the
/// store's count by <see cref="FlushAsync"/> (the host runs it every second and once more at shutdown), one write per
/// account and day. <see cref="CurrentAsync"/> is the stored count plus what this node has not flushed yet; calls
/// made on other nodes show once those nodes have flushed them.
/// </summary>
public sealed class ApiCallCounter(IBreakoutStore store)
{
    private readonly ConcurrentDictionary<(long Account, int Day), Tally> tallies = new();

    /// <summary>Held while a flush writes, so a reader never sees a count both stored and still pending, or in neither.</summary>
    private readonly SemaphoreSlim flushing = new(1, 1);

    /// <summary>Counts one admitted call: no I/O, no lock.</summary>
    public void Count(long accountKey, int day) => Interlocked.Increment(ref tallies.GetOrAdd((accountKey, day), _ => new Tally()).Counted);

    /// <summary>The account's calls on the day: stored by every node, plus this node's not yet flushed.</summary>
    public async Task<long> CurrentAsync(long accountKey, int day, CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            var stored = await store.GetApiCallsAsync(accountKey, day, cancellationToken);
            return stored + (tallies.TryGetValue((accountKey, day), out var tally) ? tally.Pending : 0);
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>
    /// Adds every pending count to the store. A count whose write fails stays pending for the next flush. Days two or
    /// more before <paramref name="today"/> with nothing pending are forgotten (no call can still count them).
    /// </summary>
    public async Task FlushAsync(int today, CancellationToken cancellationToken)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            foreach (var (key, tally) in tallies)
            {
                var counted = Volatile.Read(ref tally.Counted);
                if (counted > tally.Flushed)
                {
                    await store.AddApiCallsAsync(key.Account, key.Day, counted - tally.Flushed, cancellationToken);
                    tally.Flushed = counted;
                }
                else if (key.Day < today - 1)
                {
                    tallies.TryRemove(key, out _);
                }
            }
        }
        finally
        {
            flushing.Release();
        }
    }

    private sealed class Tally
    {
        public long Counted;

        /// <summary>The part of <see cref="Counted"/> already in the store; written only under the flush lock.</summary>
        public long Flushed;

        public long Pending => Volatile.Read(ref Counted) - Flushed;
    }
}
