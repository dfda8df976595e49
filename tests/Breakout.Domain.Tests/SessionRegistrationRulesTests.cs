namespace Breakout.Domain.Tests;

public sealed class SessionRegistrationRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static SessionState Session(int capacity = 10, int registered = 0, bool waitlist = false, int waitlistCapacity = 0, int waitlisted = 0,
        ProductStatus status = ProductStatus.OpenForRegistration, DateTimeOffset? autoClose = null, bool included = false, EventStatus eventStatus = EventStatus.Active) =>
        new(1, CventId.New(), 7, eventStatus, status, autoClose, capacity, registered, waitlist, waitlistCapacity, waitlisted, included, null);

    private static RegistrantState Registrant(InviteeStatus status = InviteeStatus.Accepted, Placement placement = Placement.None, long eventKey = 7, bool inGroup = false) =>
        new(1, CventId.New(), RegistrantKind.Invitee, eventKey, status, placement, inGroup);

    private static CventError? Error(SessionRegActionType action, SessionState session, RegistrantState registrant) =>
        SessionRegistrationRules.Decide(action, session, registrant, Now).Error;

    [Fact]
    public void Register_WithFreeSeat_Registers() =>
        Assert.Equal(RegistrationDecision.Apply(RegistrationOutcome.Registered), SessionRegistrationRules.Decide(SessionRegActionType.Register, Session(), Registrant(), Now));

    [Fact]
    public void Register_WhenFull_WithWaitlistRoom_Waitlists() =>
        Assert.Equal(RegistrationOutcome.Waitlisted,
            SessionRegistrationRules.Decide(SessionRegActionType.Register, Session(capacity: 2, registered: 2, waitlist: true, waitlistCapacity: 1), Registrant(), Now).Outcome);

    [Fact]
    public void Register_WhenFull_AndWaitlistFull_IsRefused() =>
        Assert.Equal(CventErrors.SessionFull,
            Error(SessionRegActionType.Register, Session(capacity: 2, registered: 2, waitlist: true, waitlistCapacity: 1, waitlisted: 1), Registrant()));

    [Fact]
    public void UnlimitedCapacity_NeverFills() =>
        Assert.Null(Error(SessionRegActionType.Register, Session(capacity: -1, registered: 1_000_000), Registrant()));

    [Fact]
    public void CapacityLoweredBelowRegistrations_StopsNewRegistrations() =>
        Assert.Equal(CventErrors.SessionFull, Error(SessionRegActionType.Register, Session(capacity: 3, registered: 5), Registrant()));

    [Fact]
    public void RegistrantOfAnotherEvent_IsCheckedFirst() =>
        Assert.Equal(CventErrors.SessionOfOtherEvent,
            Error(SessionRegActionType.Register, Session(eventStatus: EventStatus.Closed), Registrant(InviteeStatus.Declined, eventKey: 8)));

    [Theory]
    [InlineData(EventStatus.Closed)]
    [InlineData(EventStatus.Completed)]
    [InlineData(EventStatus.Cancelled)]
    [InlineData(EventStatus.Archived)]
    public void EventNotPendingOrActive_CV90107(EventStatus status) =>
        Assert.Equal(CventErrors.EventStatusNotValid, Error(SessionRegActionType.Unregister, Session(eventStatus: status), Registrant(placement: Placement.Registered)));

    [Fact]
    public void PendingEvent_AllowsChanges() =>
        Assert.Null(Error(SessionRegActionType.Register, Session(eventStatus: EventStatus.Pending), Registrant()));

    [Fact]
    public void AutoCloseDate_ClosesAtThatInstant()
    {
        Assert.Null(Error(SessionRegActionType.Register, Session(autoClose: Now.AddTicks(1)), Registrant()));
        Assert.Equal(CventErrors.SessionNotOpen, Error(SessionRegActionType.Register, Session(autoClose: Now), Registrant()));
    }

    [Theory]
    [InlineData(ProductStatus.ClosedForRegistration)]
    [InlineData(ProductStatus.Cancelled)]
    public void ClosedSession_RefusesRegister_ButAllowsUnregister(ProductStatus status)
    {
        Assert.Equal(CventErrors.SessionNotOpen, Error(SessionRegActionType.Register, Session(status: status), Registrant()));
        Assert.Null(Error(SessionRegActionType.Unregister, Session(status: status), Registrant(placement: Placement.Registered)));
    }

    [Fact]
    public void AlreadyPlaced_IsReportedBeforeClosedOrGroup()
    {
        Assert.Equal(CventErrors.AlreadyRegistered, Error(SessionRegActionType.Register, Session(status: ProductStatus.Cancelled), Registrant(placement: Placement.Registered)));
        Assert.Equal(CventErrors.AlreadyWaitlisted, Error(SessionRegActionType.Register, Session(), Registrant(placement: Placement.Waitlisted, inGroup: true)));
    }

    [Fact]
    public void GroupConflict_CV90109() =>
        Assert.Equal(CventErrors.SessionGroupConflict, Error(SessionRegActionType.Register, Session(), Registrant(inGroup: true)));

    [Fact]
    public void Unregister_Outcomes()
    {
        Assert.Equal(RegistrationOutcome.Unregistered, SessionRegistrationRules.Decide(SessionRegActionType.Unregister, Session(), Registrant(placement: Placement.Registered), Now).Outcome);
        Assert.Equal(RegistrationOutcome.LeftWaitlist, SessionRegistrationRules.Decide(SessionRegActionType.Unregister, Session(), Registrant(placement: Placement.Waitlisted), Now).Outcome);
        Assert.Equal(CventErrors.NotRegistered, Error(SessionRegActionType.Unregister, Session(), Registrant()));
        Assert.Equal(CventErrors.CannotUnregister, Error(SessionRegActionType.Unregister, Session(included: true), Registrant(placement: Placement.Registered)));
    }

    [Fact]
    public void NotAccepted_IsRefusedForBothActions()
    {
        Assert.Equal(CventErrors.NotAccepted, Error(SessionRegActionType.Register, Session(), Registrant(InviteeStatus.Cancelled)));
        Assert.Equal(CventErrors.NotAccepted, Error(SessionRegActionType.Unregister, Session(), Registrant(InviteeStatus.Cancelled, Placement.Registered)));
    }

    [Theory]
    [InlineData(0, "CV20018")]
    [InlineData(1, null)]
    [InlineData(200, null)]
    [InlineData(201, "CV20021")]
    public void ItemCountLimits(int count, string? code) => Assert.Equal(code, SessionRegLimits.CheckItemCount(count)?.Code);

    [Fact]
    public void ErrorCodes_AreUnique_AndBreakoutCodesNeverLookLikeCventCodes()
    {
        Assert.Equal(CventErrors.All.Count, CventErrors.All.Select(e => e.Code).Distinct().Count());
        Assert.All(CventErrors.All, e => Assert.Matches("^(CV|BO)[0-9]{5}$", e.Code));
    }
}
