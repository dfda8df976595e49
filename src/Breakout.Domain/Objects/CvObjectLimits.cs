namespace Breakout.Domain.Objects;

/// <summary>
/// The call limits of Retrieve, Search and GetUpdated: Cvent's clients page Retrieve at 200 IDs, Search fails whole
/// beyond 256 filters (developers.cvent.com, Search) and returns at most 25,000 IDs, GetUpdated at most 10,000.
/// </summary>
public static class CvObjectLimits
{
    public const int MaxRetrieveIds = 200;

    public const int MaxFilters = 256;

    public const int MaxSearchResults = 25_000;

    public const int MaxUpdatedResults = 10_000;
}
