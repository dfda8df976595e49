namespace Breakout.Domain.Invitees;

/// <summary>An UpdateGuestInfo call: the guests of one event.</summary>
public sealed record UpdateGuestsCommand(long AccountKey, long ApiUserKey, Guid CallId, string? EventId, IReadOnlyList<GuestInput> Guests);
