namespace Breakout.Domain.Invitees;

/// <summary>
/// One <c>Registration</c> of UpdateRegistrationType: the invitee (<c>Id</c>, the registration's ID, or else
/// <c>InviteeId</c>) and the registration type it is to hold, by <c>RegistrationTypeCode</c> or <c>RegistrationType</c> (name).
/// </summary>
public sealed record RegistrationTypeInput(string? Id, string? MessageId, string? Name, string? Code);
