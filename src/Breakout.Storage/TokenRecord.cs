namespace Breakout.Storage;

/// <summary>What a session token grants: the account and user it was issued to, until when, and from where.</summary>
/// <param name="AccountNumber">The account's number (observability: spans and call logs name it).</param>
public sealed record TokenRecord(long AccountKey, long ApiUserKey, string AllowedIps, bool UserActive, DateTimeOffset ExpiresAt, string AccountNumber = "");
