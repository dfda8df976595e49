namespace Breakout.Host.ChangeFeed;

/// <summary>
/// <c>POST /api/v1/webhooks</c>: the account, the receiver's URL, and optionally the position to start after (default:
/// the account's last position, so only changes from now on are sent; 0 sends the whole feed).
/// </summary>
public sealed record WebhookRequest(string Account, string Url, long? After);
