namespace Breakout.Host.TestDouble;

/// <summary>
/// The server's clock in test mode: real time plus an offset, or frozen at an instant. Token expiry, lockout windows,
/// session auto-close, quota days, GetUpdated windows and history timestamps all read it. Timers and elapsed-time
/// measurements (<see cref="TimeProvider.GetTimestamp"/>) stay real, so delays and timeouts still take real time.
/// </summary>
public sealed class ControllableClock(TimeProvider real) : TimeProvider
{
    private readonly Lock gate = new();
    private TimeSpan offset;
    private DateTimeOffset? frozenAt;

    public ControllableClock()
        : this(System)
    {
    }

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public bool Frozen
    {
        get
        {
            lock (gate)
            {
                return frozenAt is not null;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return frozenAt ?? real.GetUtcNow() + offset;
        }
    }

    /// <summary>Stops the clock at its current reading (true) or lets it run on from there (false).</summary>
    public void Freeze(bool freeze)
    {
        lock (gate)
        {
            if (freeze && frozenAt is null)
            {
                frozenAt = real.GetUtcNow() + offset;
            }
            else if (!freeze && frozenAt is { } at)
            {
                offset = at - real.GetUtcNow();
                frozenAt = null;
            }
        }
    }

    /// <summary>Sets the clock to <paramref name="now"/>; a frozen clock stays frozen there.</summary>
    public void Set(DateTimeOffset now)
    {
        lock (gate)
        {
            if (frozenAt is not null)
            {
                frozenAt = now;
            }
            else
            {
                offset = now - real.GetUtcNow();
            }
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            if (frozenAt is { } at)
            {
                frozenAt = at + by;
            }
            else
            {
                offset += by;
            }
        }
    }

    /// <summary>Back to real time, running.</summary>
    public void Reset()
    {
        lock (gate)
        {
            offset = TimeSpan.Zero;
            frozenAt = null;
        }
    }
}
