using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>A subscription as the webhook API shows it; the secret only in the answer that created it.</summary>
public sealed record WebhookView(
    Guid Id, string Account, string Url, DateTimeOffset CreatedAt, string State, long DeliveredPosition, int Failures, DateTimeOffset NextAttemptAt,
    string? LastError, string? Secret)
{
    public static WebhookView Of(WebhookRecord webhook, bool withSecret = false) => new(
        webhook.Id, webhook.AccountNumber, webhook.Url, webhook.CreatedAt, webhook.Dead ? "dead" : "active", webhook.DeliveredPosition, webhook.Failures,
        webhook.NextAttemptAt, webhook.LastError, withSecret ? webhook.Secret : null);
}
