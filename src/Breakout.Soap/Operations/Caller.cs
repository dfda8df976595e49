namespace Breakout.Soap.Operations;

/// <summary>An authenticated API user and the session value it presented (echoed in the response header).</summary>
public sealed record Caller(long AccountKey, long ApiUserKey, string SessionValue);
