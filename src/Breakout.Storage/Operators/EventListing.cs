using Breakout.Domain;

namespace Breakout.Storage.Operators;

/// <summary>An event as the console lists it, with its number of sessions.</summary>
public sealed record EventListing(CventId Id, string Title, string Code, EventStatus Status, DateTimeOffset? StartAt, long Sessions);
