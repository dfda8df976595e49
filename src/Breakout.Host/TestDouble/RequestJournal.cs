namespace Breakout.Host.TestDouble;

/// <summary>The last <c>capacity</c> SOAP calls in memory (a ring buffer); capacity 0 keeps none.</summary>
internal sealed class RequestJournal(int capacity)
{
    private readonly JournalEntry?[] ring = new JournalEntry?[Math.Max(0, capacity)];
    private readonly Lock gate = new();
    private long added;
    private long cleared;

    public bool Enabled => ring.Length > 0;

    public int Capacity => ring.Length;

    public void Add(JournalEntry entry)
    {
        if (!Enabled)
        {
            return;
        }

        lock (gate)
        {
            added++;
            entry.Sequence = added;
            ring[(int)((added - 1) % ring.Length)] = entry;
        }
    }

    /// <summary>The entries kept, oldest first.</summary>
    public IReadOnlyList<JournalEntry> Entries()
    {
        lock (gate)
        {
            var list = new List<JournalEntry>(ring.Length);
            var count = (int)Math.Min(added - cleared, ring.Length);
            for (var i = added - count; i < added; i++)
            {
                if (ring[(int)(i % ring.Length)] is { } entry)
                {
                    list.Add(entry);
                }
            }

            return list;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            Array.Clear(ring);
            cleared = added;
        }
    }
}
