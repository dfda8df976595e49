namespace Breakout.Domain.Events;

/// <summary>A TransferInvitee call: find or create the invitee of each contact for an event.</summary>
public sealed record TransferInviteeCommand(long AccountKey, long ApiUserKey, Guid CallId, ActivityType ActivityType, string? ActivityId, IReadOnlyList<ObjectItem> Items);
