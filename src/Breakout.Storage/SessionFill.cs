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
    /// <summary>The session's group (an invitee holds one session of a group), or null.</summary>
    public string? Group { get; init; }

    /// <summary>Included with the event registration (Cvent's IsIncluded).</summary>
    public bool Included { get; init; }

    /// <summary>Seats still free; null when the capacity is unlimited. Never negative (a capacity lowered below the registrations).</summary>
    public int? FreeSeats => Capacity < 0 ? null : Math.Max(0, Capacity - Registered);
}
