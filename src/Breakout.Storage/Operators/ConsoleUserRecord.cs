namespace Breakout.Storage.Operators;

/// <summary>A user of the operator console (not an API user: it cannot call the SOAP API, and API users cannot sign in here).</summary>
public sealed record ConsoleUserRecord(
    long Key,
    string UserName,
    string PasswordHash,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? LastLoginAt,
    DateTimeOffset CreatedAt);
