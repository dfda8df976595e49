namespace Breakout.Storage;

/// <summary>
/// Webhook subscriptions (#21): each delivers its account's change feed, in order, to one URL. The store keeps what
/// every node needs: where each subscription is in the feed, its failures, its dead-letter state, the lease of the
/// node delivering it, and the log of every attempt.
/// </summary>
public interface IWebhooks
{
    /// <summary>
    /// Subscribes <paramref name="url"/> to the account's changes after <paramref name="after"/> (null: from now on,
    /// the changes after the account's current last position).
    /// </summary>
    Task<WebhookRecord> CreateWebhookAsync(long accountKey, string url, string secret, long? after, CancellationToken cancellationToken = default);

    /// <summary>The subscriptions of an account (all accounts when null), oldest first.</summary>
    Task<IReadOnlyList<WebhookRecord>> ListWebhooksAsync(long? accountKey, CancellationToken cancellationToken = default);

    Task<WebhookRecord?> FindWebhookAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a subscription and its delivery log; false when there is none of that ID.</summary>
    Task<bool> DeleteWebhookAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a subscription active again, due now, its failures forgotten; with <paramref name="after"/>, delivery
    /// starts again after that position (changes already delivered are sent again). Null when there is none of that ID.
    /// </summary>
    Task<WebhookRecord?> RedeliverWebhookAsync(Guid id, long? after, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> delivery attempts of a subscription, oldest first.</summary>
    Task<IReadOnlyList<WebhookDeliveryRecord>> ListWebhookDeliveriesAsync(Guid id, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes (or renews) the lease of up to <paramref name="limit"/> active subscriptions that are due and have changes
    /// to deliver, for <paramref name="node"/> during <paramref name="lease"/> from now; a subscription leased by another
    /// node is taken only once its lease has run out. Returns the subscriptions now leased by <paramref name="node"/>.
    /// </summary>
    Task<IReadOnlyList<WebhookRecord>> LeaseDueWebhooksAsync(string node, TimeSpan lease, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records one attempt to deliver the change at <paramref name="attempt"/>'s position, if <paramref name="node"/>
    /// still holds the lease (false otherwise: another node took over, and nothing is written). A delivered change
    /// moves the subscription on and forgets its failures; a failure counts, sets the next attempt, and with
    /// <see cref="WebhookAttempt.Dead"/> makes the subscription dead.
    /// </summary>
    Task<bool> RecordWebhookAttemptAsync(long webhookKey, string node, WebhookAttempt attempt, CancellationToken cancellationToken = default);
}
