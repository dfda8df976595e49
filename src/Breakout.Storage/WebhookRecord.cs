namespace Breakout.Storage;

/// <summary>
/// A webhook subscription: its account, URL and signing secret (<c>whsec_…</c>), the last position its receiver
/// acknowledged, whether it is dead, its failures in a row, when it is next due, and its last error.
/// </summary>
public sealed record WebhookRecord(
    long Key,
    long AccountKey,
    string AccountNumber,
    Guid Id,
    string Url,
    string Secret,
    DateTimeOffset CreatedAt,
    bool Dead,
    long DeliveredPosition,
    int Failures,
    DateTimeOffset NextAttemptAt,
    string? LastError);
