namespace Breakout.Domain.Sessions;

/// <summary>
/// One <c>Session</c> of CreateSession or UpdateSession. Null means "not sent": CreateSession uses defaults,
/// UpdateSession keeps the current value. Group and included flag travel as custom fields
/// (<c>SessionGroup</c>, <c>IsIncluded</c>) because the V200611 Session type has no attributes for them.
/// </summary>
public sealed record SessionInput
{
    public string? Id { get; init; }

    public string? MessageId { get; init; }

    public string? Name { get; init; }

    public string? Code { get; init; }

    /// <summary>The ProductType attribute as sent (must be Session when present).</summary>
    public string? ProductType { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public string? Description { get; init; }

    public string? LocationName { get; init; }

    public string? LocationCode { get; init; }

    public ProductStatus? Status { get; init; }

    public DateTimeOffset? AutoCloseDate { get; init; }

    public int? Capacity { get; init; }

    public bool? EnableWaitlist { get; init; }

    public int? WaitlistCapacity { get; init; }

    /// <summary>Session group; an empty string removes the session from its group.</summary>
    public string? Group { get; init; }

    public bool? Included { get; init; }

    /// <summary>A value the reader could not parse (bad date, number or enum): the item fails with this message.</summary>
    public string? InvalidValue { get; init; }
}
