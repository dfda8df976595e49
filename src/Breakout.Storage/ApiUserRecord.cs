namespace Breakout.Storage;

/// <summary>An API user of an account, with its lockout state.</summary>
public sealed record ApiUserRecord(
    long Key,
    long AccountKey,
    string UserName,
    string PasswordHash,
    string AllowedIps,
    bool Active,
    int FailedLogins,
    DateTimeOffset? LockedUntil);
