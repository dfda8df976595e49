using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>An event, as imported or created.</summary>
public sealed record EventRecord(
    CventId Id,
    string Title,
    string Code,
    EventStatus Status,
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    string TimeZone)
{
    /// <summary>Accepted invitees allowed (SimpleEventRegistration); negative means unlimited.</summary>
    public int Capacity { get; init; } = -1;

    /// <summary>Whether SimpleEventRegistration's Waitlist action is allowed.</summary>
    public bool EnableWaitlist { get; init; }

    /// <summary>Whether one registrant may hold sessions of this event whose times overlap (Breakout's setting).</summary>
    public ClashPolicy ClashPolicy { get; init; }
}
