namespace Breakout.Domain.Events;

/// <summary>
/// SimpleEventRegistration's rules for one invitee (Cvent's CV701xx validation family): the status an action
/// leads to, or the error that refuses it.
/// </summary>
public static class EventRegistrationRules
{
    /// <summary>The invitee's new status, or an error.</summary>
    public static (InviteeStatus? NewStatus, CventError? Error) Decide(RegistrationAction action, EventState e, InviteeStatus current) => action switch
    {
        RegistrationAction.Register when current == InviteeStatus.Accepted => (null, CventErrors.AlreadyAccepted),
        RegistrationAction.Register when !e.IsOpen => (null, CventErrors.EventNotOpen),
        RegistrationAction.Register when !e.HasRoom => (null, CventErrors.EventCapacityReached),
        RegistrationAction.Register => (InviteeStatus.Accepted, null),

        _ when !e.IsOpen => (null, CventErrors.EventStatusNotValidForAction),

        RegistrationAction.Decline when current is InviteeStatus.Accepted or InviteeStatus.Declined => (null, CventErrors.CannotDecline),
        RegistrationAction.Decline => (InviteeStatus.Declined, null),

        RegistrationAction.Waitlist when current is InviteeStatus.Accepted or InviteeStatus.Waitlisted => (null, CventErrors.CannotWaitlist),
        RegistrationAction.Waitlist when !e.EnableWaitlist => (null, CventErrors.EventWaitlistNotActive),
        RegistrationAction.Waitlist => (InviteeStatus.Waitlisted, null),

        RegistrationAction.Cancel when current != InviteeStatus.Accepted => (null, CventErrors.CannotCancel),
        RegistrationAction.Cancel => (InviteeStatus.Cancelled, null),

        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
