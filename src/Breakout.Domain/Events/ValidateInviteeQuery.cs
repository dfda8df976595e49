namespace Breakout.Domain.Events;

/// <summary>A ValidateInvitee call: may these invitees attend this event or session?</summary>
public sealed record ValidateInviteeQuery(long AccountKey, ProductType ProductType, string? ProductId, bool CheckPaidInFull, IReadOnlyList<ObjectItem> Items);
