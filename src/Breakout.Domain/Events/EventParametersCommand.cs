namespace Breakout.Domain.Events;

/// <summary>
/// CreateNoRegEvent or UpdateEventParameters (the <see cref="Items"/>), or CopyEvent (with <see cref="SourceEventId"/>:
/// each item is one copy of that event).
/// </summary>
public sealed record EventParametersCommand(long AccountKey, long ApiUserKey, Guid CallId, IReadOnlyList<EventParameters> Items, string? SourceEventId = null);
