namespace Breakout.Domain;

/// <summary>What the rules decided for one item: an outcome to apply, or an error.</summary>
public readonly record struct RegistrationDecision(RegistrationOutcome Outcome, CventError? Error)
{
    public static RegistrationDecision Refuse(CventError error) => new(RegistrationOutcome.Refused, error);

    public static RegistrationDecision Apply(RegistrationOutcome outcome) => new(outcome, null);
}
