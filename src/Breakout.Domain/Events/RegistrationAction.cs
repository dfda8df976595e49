namespace Breakout.Domain.Events;

/// <summary>Cvent's <c>s1:RegistrationAction</c>, the action of SimpleEventRegistration.</summary>
public enum RegistrationAction
{
    Register,
    Decline,
    Waitlist,
    Cancel,
}
