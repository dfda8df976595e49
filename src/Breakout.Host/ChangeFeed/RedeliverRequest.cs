namespace Breakout.Host.ChangeFeed;

/// <summary><c>POST /api/v1/webhooks/{id}/redeliver</c>: optionally the position to deliver again after.</summary>
public sealed record RedeliverRequest(long? After);
