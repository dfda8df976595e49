namespace Breakout.Domain.Invitees;

/// <summary>An UpdateRegistrationType call: registration type changes of invitees of one event.</summary>
public sealed record UpdateRegistrationTypesCommand(long AccountKey, long ApiUserKey, Guid CallId, string? EventId, IReadOnlyList<RegistrationTypeInput> Registrations);
