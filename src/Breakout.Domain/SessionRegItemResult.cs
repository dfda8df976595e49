namespace Breakout.Domain;

/// <summary>The answer for one item: the resolved registrant ID (if any), the caller's MessageId, and the outcome.</summary>
public sealed record SessionRegItemResult(string? Id, string? ReferenceId, RegistrationOutcome Outcome, CventError? Error)
{
    /// <summary>
    /// Cvent's <c>Success</c>: true when the requested action took effect. A registrant put on the waitlist
    /// is not registered, so the item reports <c>false</c> with <see cref="CventErrors.Waitlisted"/>.
    /// </summary>
    public bool Success => Outcome is RegistrationOutcome.Registered or RegistrationOutcome.Unregistered or RegistrationOutcome.LeftWaitlist;
}
