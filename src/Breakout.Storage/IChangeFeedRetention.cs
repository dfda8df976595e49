namespace Breakout.Storage;

/// <summary>
/// How long the change feed keeps its rows (#21 item 5): rows older than the retention are purged, oldest first, except
/// the account's last row (positions go on from it) and rows a webhook subscription of the account has not delivered.
/// </summary>
public interface IChangeFeedRetention
{
    /// <summary>
    /// Deletes the oldest feed rows whose call was made before <paramref name="before"/>, as a prefix of each
    /// account's positions (a row is kept while an older-positioned one is kept), at most <paramref name="limit"/> per
    /// account and round; answers how many were deleted.
    /// </summary>
    Task<int> PurgeChangesAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken = default);

    /// <summary>The account's oldest position still kept (0 when its feed has no row): a reader may ask for anything after this minus one.</summary>
    Task<long> FirstChangePositionAsync(long accountKey, CancellationToken cancellationToken = default);
}
