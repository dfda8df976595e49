namespace Breakout.Domain;

/// <summary>What the rules need to know of a session, read inside the registering transaction.</summary>
/// <param name="Capacity">Seats; a negative value means unlimited.</param>
/// <param name="WaitlistCapacity">Waitlist places; a negative value means unlimited.</param>
public sealed record SessionState(
    long Key,
    CventId Id,
    long EventKey,
    EventStatus EventStatus,
    ProductStatus Status,
    DateTimeOffset? AutoCloseAt,
    int Capacity,
    int RegisteredCount,
    bool EnableWaitlist,
    int WaitlistCapacity,
    int WaitlistedCount,
    bool Included,
    string? Group)
{
    /// <summary>The event's <see cref="Domain.ClashPolicy"/>.</summary>
    public ClashPolicy ClashPolicy { get; init; }

    public bool HasFreeSeat => Capacity < 0 || RegisteredCount < Capacity;

    public bool HasWaitlistRoom => EnableWaitlist && (WaitlistCapacity < 0 || WaitlistedCount < WaitlistCapacity);
}
