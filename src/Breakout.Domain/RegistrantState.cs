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
    bool HoldsOtherSessionInGroup);
