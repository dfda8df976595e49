namespace Breakout.Domain;

/// <summary>Where a registrant stands with respect to one session.</summary>
public enum Placement
{
    None,
    Registered,
    Waitlisted,
}
