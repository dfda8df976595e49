namespace Breakout.Domain.Events;

/// <summary>The dates of an existing event that an update or a copy is checked against when it does not give them.</summary>
public sealed record EventDates(DateTimeOffset? Start, DateTimeOffset? End, DateTimeOffset? RsvpBy);
