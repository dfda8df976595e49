namespace Breakout.Domain.Tests;

public sealed class ClashPolicyRulesTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly CventId Held = CventId.New();

    private static SessionState Session(ClashPolicy policy) =>
        new(1, CventId.New(), 7, EventStatus.Active, ProductStatus.OpenForRegistration, null, 10, 0, false, 0, 0, false, null) { ClashPolicy = policy };

    private static RegistrantState Registrant(CventId? clashing) =>
        new(2, CventId.New(), RegistrantKind.Invitee, 7, InviteeStatus.Accepted, Placement.None, false) { ClashingSession = clashing };

    [Theory]
    [InlineData(ClashPolicy.Refuse)]
    [InlineData(ClashPolicy.RefuseIncludingWaitlist)]
    public void Register_WithAClashingSession_WhenTheEventRefuses_IsRefusedNamingIt(ClashPolicy policy)
    {
        var decision = SessionRegistrationRules.Decide(SessionRegActionType.Register, Session(policy), Registrant(Held), Now);

        Assert.Equal("BO90208", decision.Error!.Code);
        Assert.Contains(Held.ToString(), decision.Error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_WithAClashingSession_WhenTheEventAllows_Registers()
    {
        var decision = SessionRegistrationRules.Decide(SessionRegActionType.Register, Session(ClashPolicy.Allow), Registrant(Held), Now);

        Assert.Equal(RegistrationOutcome.Registered, decision.Outcome);
    }

    [Fact]
    public void Unregister_IsNeverRefusedForAClash()
    {
        var session = Session(ClashPolicy.Refuse);
        var registrant = Registrant(Held) with { Placement = Placement.Registered };

        var decision = SessionRegistrationRules.Decide(SessionRegActionType.Unregister, session, registrant, Now);

        Assert.Null(decision.Error);
    }
}
