namespace Breakout.Storage;

/// <summary>One delivery attempt of a subscription, as the log keeps it.</summary>
public sealed record WebhookDeliveryRecord(long Position, int Attempt, DateTimeOffset At, int? StatusCode, string? Error, bool Delivered);
