using Breakout.Domain.Email;

namespace Breakout.Storage;

/// <summary>
/// The outcome of one delivery attempt: <see cref="OutboxStatus.Sent"/>, <see cref="OutboxStatus.Queued"/> again
/// (retried at <paramref name="NextAttemptAt"/>) or <see cref="OutboxStatus.Failed"/>; <paramref name="Error"/> says why
/// an attempt failed.
/// </summary>
public sealed record OutboxAttempt(OutboxStatus Status, string? Error = null, DateTimeOffset? NextAttemptAt = null);
