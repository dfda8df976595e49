namespace Breakout.Domain.Events;

/// <summary>A SimpleEventRegistration call.</summary>
public sealed record EventRegistrationCommand(long AccountKey, long ApiUserKey, Guid CallId, RegistrationAction Action, string? EventId, IReadOnlyList<ObjectItem> Items);
