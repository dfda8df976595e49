namespace Breakout.Storage.Operators;

/// <summary>The actions of <c>registration_history</c>, by their stored numbers.</summary>
public enum TimelineAction
{
    Registered = 1,
    Unregistered = 2,
    Waitlisted = 3,
    LeftWaitlist = 4,
    Promoted = 5,
}
