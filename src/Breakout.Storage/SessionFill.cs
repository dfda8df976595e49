using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>One session's fill. Negative capacities mean unlimited, as on <see cref="SessionRecord"/>.</summary>
public sealed record SessionFill(
    CventId EventId,
    string EventTitle,
    CventId SessionId,
    string Name,
    string Code,
    DateTimeOffset? StartAt,
    ProductStatus Status,
    int Capacity,
    int Registered,
    bool EnableWaitlist,
    int WaitlistCapacity,
    int Waitlisted)
{
    /// <summary>Seats still free; null when the capacity is unlimited. Never negative (a capacity lowered below the registrations).</summary>
    public int? FreeSeats => Capacity < 0 ? null : Math.Max(0, Capacity - Registered);
}
