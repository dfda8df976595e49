namespace Breakout.Soap.Operations;

/// <summary>An authenticated API user and the session value it presented (echoed in the response header).</summary>
/// <param name="AccountNumber">The account's number, as Login took it (observability: spans and call logs).</param>
public sealed record Caller(long AccountKey, long ApiUserKey, string SessionValue, string AccountNumber = "");
