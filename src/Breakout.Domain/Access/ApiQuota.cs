namespace Breakout.Domain.Access;

/// <summary>
/// The optional daily API call limit per account. Cvent allows 10,000 calls a day and resets the count at midnight
/// US Eastern time; Breakout's limit is off unless configured, and its day follows <see cref="TimeZone"/>.
/// </summary>
public sealed record ApiQuota
{
    /// <summary>Calls per account and day; 0 turns the quota off.</summary>
    public long DailyLimit { get; init; }

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    public bool Enabled => DailyLimit > 0;

    /// <summary>The quota day of an instant, as a number (days since 0001-01-01 in the quota's time zone).</summary>
    public int DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime).DayNumber;

    /// <summary>The quota's time zone by IANA name, or UTC when that zone is not installed.</summary>
    public static TimeZoneInfo FindTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
