using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>An event, as imported or created.</summary>
public sealed record EventRecord(
    CventId Id,
    string Title,
    string Code,
    EventStatus Status,
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    string TimeZone);
