using System.Collections.Concurrent;

namespace Breakout.TestSupport;

/// <summary>
/// A stream of Register calls (4 invitees each, 8 concurrent clients) to one node, which is SIGKILLed once
/// <c>killAfter</c> calls have been answered, while the rest are in flight. Records which calls were answered.
/// </summary>
public static class KillMidStream
{
    /// <summary>One call: its invitees and, when it was answered before the kill, the per-item results.</summary>
    public sealed record Call(string[] Ids, IReadOnlyList<ItemResult>? Answer);

    public static async Task<IReadOnlyList<Call>> RunAsync(
        BreakoutProcess node, SoapClient client, string token, string sessionId, IEnumerable<string> invitees, int killAfter)
    {
        var chunks = new ConcurrentQueue<string[]>(invitees.Chunk(4));
        var calls = new ConcurrentBag<Call>();
        var answered = 0;
        var workers = Enumerable.Range(0, 8).Select(async _ =>
        {
            while (chunks.TryDequeue(out var chunk))
            {
                try
                {
                    calls.Add(new Call(chunk, await client.SessionRegActionAsync(token, "Register", sessionId, chunk)));
                    Interlocked.Increment(ref answered);
                }
                catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
                {
                    calls.Add(new Call(chunk, null));
                    return;
                }
            }
        }).ToList();

        // Bounded: the stream ends when the queue is drained even if the threshold is never reached.
        while (Volatile.Read(ref answered) < killAfter && !chunks.IsEmpty)
        {
            await Task.Delay(5);
        }

        await node.KillAsync();
        await Task.WhenAll(workers);
        return [.. calls];
    }

    /// <summary>
    /// Every answered call's items are all registered; every unanswered call was applied entirely or not at all;
    /// and the kill landed mid-stream. Returns a description of the first violation, or null.
    /// </summary>
    public static string? Check(IReadOnlyList<Call> calls, IReadOnlySet<string> registered, int inviteeCount)
    {
        if (!calls.Any(c => c.Answer is not null) || calls.Where(c => c.Answer is not null).Sum(c => c.Ids.Length) >= inviteeCount)
        {
            return "the kill did not land in the middle of the stream";
        }

        foreach (var call in calls)
        {
            if (call.Answer is { } answer && (answer.Any(r => !r.Success) || !call.Ids.All(registered.Contains)))
            {
                return $"answered call lost or refused: {string.Join(",", call.Ids)}";
            }

            if (call.Answer is null && call.Ids.Any(registered.Contains) && !call.Ids.All(registered.Contains))
            {
                return $"half-applied call: {string.Join(",", call.Ids)}";
            }
        }

        return null;
    }
}
