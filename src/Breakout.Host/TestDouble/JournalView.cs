namespace Breakout.Host.TestDouble;

/// <summary>A journal entry as the admin API shows it: secrets redacted, names instead of keys, outcomes parsed.</summary>
public sealed record JournalView(
    long Sequence,
    DateTimeOffset Time,
    double DurationMs,
    string? Operation,
    string? Account,
    string? ApiUser,
    int HttpStatus,
    bool Dropped,
    string? FaultCode,
    string? FaultRule,
    IReadOnlyList<JournalItem> Items,
    string Request,
    string Response);
