namespace Breakout.Domain.Events;

/// <summary>
/// One attribute of <c>s1:EventParameters</c>: its wire name, schema type, the longest text kept (longer values are
/// truncated, as Cvent does for its other create calls) and the <c>Event</c> field Retrieve shows it as.
/// </summary>
public sealed record EventParameterField(string Name, EventParameterKind Kind, string EventField, int MaxLength = 0);
