namespace Breakout.Domain;

/// <summary>Cvent's <c>s1:ProductType</c> (ValidateInvitee); CheckIn's <c>s1:AttendeeType</c> has the same two values.</summary>
public enum ProductType
{
    Event,
    Session,
}
