namespace Breakout.Storage;

/// <summary>
/// What one delivery attempt found: the change's position, the attempt's number for that change (1 first), when it
/// ran, the receiver's HTTP status (null without an answer), the error, whether it was delivered, when the next attempt
/// is due after a failure, and whether the failure makes the subscription dead.
/// </summary>
public sealed record WebhookAttempt(
    long Position, int Attempt, DateTimeOffset At, int? StatusCode, string? Error, bool Delivered, DateTimeOffset NextAttemptAt, bool Dead);
