namespace Breakout.Domain;

/// <summary>What one SessionRegAction item did.</summary>
public enum RegistrationOutcome
{
    /// <summary>Nothing changed; the item carries an error.</summary>
    Refused,

    /// <summary>The registrant now holds a seat.</summary>
    Registered,

    /// <summary>The session was full; the registrant was put on its waitlist.</summary>
    Waitlisted,

    /// <summary>The registrant gave up a seat (and the first on the waitlist, if any, was promoted).</summary>
    Unregistered,

    /// <summary>The registrant was on the waitlist and was taken off it.</summary>
    LeftWaitlist,
}
