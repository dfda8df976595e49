namespace Breakout.Domain;

/// <summary>
/// The rules of SessionRegAction for one item, as a pure function of the session and registrant state.
/// Stores call this inside their transaction and then apply the outcome with statements that re-check
/// capacity in the database, so a stale read can never overbook.
/// </summary>
/// <remarks>
/// Cvent documents that the invitee or guest must be in Accepted status
/// (developers.cvent.com, SessionRegAction notes); the order of the other checks follows the
/// "Invitee Validation" error class CV90100–CV90110.
/// </remarks>
public static class SessionRegistrationRules
{
    public static RegistrationDecision Decide(
        SessionRegActionType action, SessionState session, RegistrantState registrant, DateTimeOffset now)
    {
        if (registrant.EventKey != session.EventKey)
        {
            return RegistrationDecision.Refuse(CventErrors.SessionOfOtherEvent);
        }

        if (session.EventStatus is not (EventStatus.Active or EventStatus.Pending))
        {
            return RegistrationDecision.Refuse(CventErrors.EventStatusNotValid);
        }

        if (registrant.Status != InviteeStatus.Accepted)
        {
            return RegistrationDecision.Refuse(CventErrors.NotAccepted);
        }

        return action == SessionRegActionType.Register
            ? DecideRegister(session, registrant, now)
            : DecideUnregister(session, registrant);
    }

    /// <summary>Whether the session takes new registrations at <paramref name="now"/>.</summary>
    public static bool IsOpen(SessionState session, DateTimeOffset now) =>
        session.Status == ProductStatus.OpenForRegistration && (session.AutoCloseAt is not { } close || now < close);

    private static RegistrationDecision DecideRegister(SessionState session, RegistrantState registrant, DateTimeOffset now)
    {
        switch (registrant.Placement)
        {
            case Placement.Registered:
                return RegistrationDecision.Refuse(CventErrors.AlreadyRegistered);
            case Placement.Waitlisted:
                return RegistrationDecision.Refuse(CventErrors.AlreadyWaitlisted);
        }

        if (!IsOpen(session, now))
        {
            return RegistrationDecision.Refuse(CventErrors.SessionNotOpen);
        }

        if (registrant.HoldsOtherSessionInGroup)
        {
            return RegistrationDecision.Refuse(CventErrors.SessionGroupConflict);
        }

        if (session.ClashPolicy != ClashPolicy.Allow && registrant.ClashingSession is { } clashing)
        {
            return RegistrationDecision.Refuse(CventErrors.TimeClash.WithDescription(
                $"This invitee or guest holds session {clashing}, whose time overlaps this session's (the event refuses overlapping sessions)"));
        }

        if (session.HasFreeSeat)
        {
            return RegistrationDecision.Apply(RegistrationOutcome.Registered);
        }

        return session.HasWaitlistRoom
            ? RegistrationDecision.Apply(RegistrationOutcome.Waitlisted)
            : RegistrationDecision.Refuse(CventErrors.SessionFull);
    }

    private static RegistrationDecision DecideUnregister(SessionState session, RegistrantState registrant) =>
        registrant.Placement switch
        {
            Placement.Registered when session.Included => RegistrationDecision.Refuse(CventErrors.CannotUnregister),
            Placement.Registered => RegistrationDecision.Apply(RegistrationOutcome.Unregistered),
            Placement.Waitlisted => RegistrationDecision.Apply(RegistrationOutcome.LeftWaitlist),
            _ => RegistrationDecision.Refuse(CventErrors.NotRegistered),
        };
}
