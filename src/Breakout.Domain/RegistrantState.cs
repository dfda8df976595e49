namespace Breakout.Domain;

/// <summary>What the rules need to know of an invitee or guest with respect to one session.</summary>
/// <param name="HoldsOtherSessionInGroup">Whether the registrant is registered or waitlisted for another session of the same group.</param>
public sealed record RegistrantState(
    long Key,
    CventId Id,
    RegistrantKind Kind,
    long EventKey,
    InviteeStatus Status,
    Placement Placement,
    bool HoldsOtherSessionInGroup)
{
    /// <summary>
    /// A session of the same event, overlapping in time, that the registrant holds (as the event's
    /// <see cref="ClashPolicy"/> counts holding); null when there is none or the policy allows overlaps.
    /// </summary>
    public CventId? ClashingSession { get; init; }
}
