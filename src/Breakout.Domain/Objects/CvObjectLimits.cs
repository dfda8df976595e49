namespace Breakout.Domain.Objects;

/// <summary>
/// The call limits of Retrieve, Search and GetUpdated: Cvent's clients page Retrieve at 200 IDs, Search fails whole
/// beyond 256 filters (developers.cvent.com, Search) and returns at most 25,000 IDs, GetUpdated at most 10,000. The
/// two result limits are settings (<c>Breakout:MaxSearchResults</c>, <c>Breakout:MaxUpdatedResults</c>); DescribeGlobal
/// reports the search limit as <c>MaxRecordSet</c>.
/// </summary>
public sealed record CvObjectLimits
{
    public const int MaxRetrieveIds = 200;

    public const int MaxFilters = 256;

    public const int DefaultMaxSearchResults = 25_000;

    public const int DefaultMaxUpdatedResults = 10_000;

    /// <summary>Most IDs one Search returns; more matches fail the call with CV20012.</summary>
    public int MaxSearchResults { get; init; } = DefaultMaxSearchResults;

    /// <summary>Most IDs one GetUpdated or GetDeleted returns; more fail the call with CV20012.</summary>
    public int MaxUpdatedResults { get; init; } = DefaultMaxUpdatedResults;

    /// <summary>
    /// GetUpdated/GetDeleted drop the seconds of their window's ends, as Cvent documents (12:30:15 → 12:30:00); false
    /// keeps the seconds (setting <c>Breakout:GetUpdatedMinuteRounding</c>).
    /// </summary>
    public bool RoundWindowToMinutes { get; init; } = true;
}
