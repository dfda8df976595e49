namespace Breakout.Domain;

/// <summary>
/// Whether an event lets one invitee or guest hold sessions whose times overlap (a Breakout setting per event, not
/// Cvent's: Cvent allows it, and so does <see cref="Allow"/>, the default).
/// </summary>
public enum ClashPolicy
{
    /// <summary>Overlapping sessions may be held, as in Cvent.</summary>
    Allow = 0,

    /// <summary>Registering into a session that overlaps a session the registrant holds a seat in is refused.</summary>
    Refuse = 1,

    /// <summary>The same, and a waitlist place in an overlapping session counts as holding it.</summary>
    RefuseIncludingWaitlist = 2,
}
