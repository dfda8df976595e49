using Breakout.Domain;

namespace Breakout.Storage;

/// <summary>A session (Cvent product type 30). Negative capacities mean unlimited.</summary>
public sealed record SessionRecord(
    CventId Id,
    CventId EventId,
    string Name,
    string Code,
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    ProductStatus Status,
    DateTimeOffset? AutoCloseAt,
    int Capacity,
    bool EnableWaitlist,
    int WaitlistCapacity,
    string? Group,
    bool Included);
