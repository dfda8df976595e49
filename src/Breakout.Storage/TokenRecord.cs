namespace Breakout.Storage;

/// <summary>What a session token grants: the account and user it was issued to, until when, and from where.</summary>
public sealed record TokenRecord(long AccountKey, long ApiUserKey, string AllowedIps, bool UserActive, DateTimeOffset ExpiresAt);
