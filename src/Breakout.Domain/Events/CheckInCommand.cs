namespace Breakout.Domain.Events;

/// <summary>A CheckIn call: event or session attendance, set or undone.</summary>
public sealed record CheckInCommand(long AccountKey, long ApiUserKey, Guid CallId, ProductType AttendeeType, string? ProductId, bool Undo, IReadOnlyList<ObjectItem> Items);
