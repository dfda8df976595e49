using Breakout.Storage;

namespace Breakout.Admin.Webhooks;

/// <summary>
/// Whether a cursor can still be read without a gap after the retention purge (Breakout:ChangeFeed:Retention): the one
/// check of <c>GET /api/v1/changes</c>, of a webhook's <c>after</c> (the API's 410 with <c>oldestCursor</c>) and of
/// <c>breakout webhook add|redeliver --after</c>.
/// </summary>
public static class FeedCursor
{
    /// <summary>
    /// The oldest cursor the account's feed can still be read from when changes after <paramref name="cursor"/> were
    /// purged; null when <paramref name="cursor"/> may be used (an empty feed takes any cursor).
    /// </summary>
    public static async Task<long?> OldestWhenTooOldAsync(IChangeFeedRetention store, long accountKey, long cursor, CancellationToken cancellationToken)
    {
        var first = await store.FirstChangePositionAsync(accountKey, cancellationToken);
        return first > 0 && cursor < first - 1 ? first - 1 : null;
    }

    /// <summary>The same check for the account of webhook <paramref name="id"/> (null also when there is no such webhook).</summary>
    public static async Task<long?> OldestWhenTooOldForWebhookAsync(IBreakoutStore store, Guid id, long cursor, CancellationToken cancellationToken) =>
        await store.FindWebhookAsync(id, cancellationToken) is { } webhook && await store.FindAccountAsync(webhook.AccountNumber, cancellationToken) is { } owner
            ? await OldestWhenTooOldAsync(store, owner.Key, cursor, cancellationToken)
            : null;

    /// <summary>Why a cursor is refused, for the API's problem detail and the command line.</summary>
    public static string TooOldMessage(long cursor, long oldest) =>
        $"The changes after {cursor} are no longer kept (Breakout:ChangeFeed:Retention); the oldest cursor is {oldest}.";
}
