namespace Breakout.Host.ChangeFeed;

/// <summary>
/// The <c>Breakout:ChangeFeed</c> section: the change feed (<c>GET /api/v1/changes</c>) and the webhook API
/// (<c>/api/v1/webhooks</c>). Off by default; when on, it answers loopback clients only unless
/// <see cref="AllowRemote"/>, and with <see cref="ApiKey"/> set every call must send <c>Authorization: Bearer KEY</c>.
/// See docs/change-feed.md.
/// </summary>
public sealed class ChangeFeedSettings
{
    /// <summary>Serve <c>/api/v1/changes</c> and <c>/api/v1/webhooks</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>The bearer key every call must send; required with <see cref="AllowRemote"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Accept calls from any address (after trusted proxy headers); by default only from loopback.</summary>
    public bool AllowRemote { get; set; }

    /// <summary>
    /// How long the feed keeps a change (then a background purge deletes it, unless a webhook subscription has not
    /// delivered it). A week: a consumer that is down over a long weekend or a holiday still catches up without a gap,
    /// and a week of feed rows (a few integers each) is small beside the ledgers they point at, which stay.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Delivery of webhooks (runs whether or not the API is served: subscriptions can be made with the CLI).</summary>
    public WebhookSettings Webhooks { get; set; } = new();
}
