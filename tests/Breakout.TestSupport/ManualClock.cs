namespace Breakout.TestSupport;

/// <summary>
/// A clock tests move by hand (NodaTime's FakeClock idea), injected as the host's or store's <see cref="TimeProvider"/>.
/// Thread-safe: concurrent requests read it while a test advances it.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    /// <summary>Starts at the real time, so that seeded data (auto-close dates, event dates) is current.</summary>
    public ManualClock()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
