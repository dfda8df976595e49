using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>
/// The body of a webhook request, in the Standard Webhooks shape: the change's type and time, the account, and the
/// change itself as the feed gives it in <see cref="Data"/>.
/// </summary>
public sealed record WebhookMessage(string Type, DateTimeOffset Timestamp, string Account, ChangeRecord Data);
