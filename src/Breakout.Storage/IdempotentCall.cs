namespace Breakout.Storage;

/// <summary>One call sent with an <c>Idempotency-Key</c>.</summary>
/// <param name="AccountKey">The caller's account: keys are per account.</param>
/// <param name="Key">The header's value, compared exactly (case matters).</param>
/// <param name="RequestHash">SHA-256 of the request body: a retry must send the same bytes.</param>
/// <param name="Retention">How long the response is kept and answered to retries.</param>
/// <param name="Wait">How long a retry waits for a call with the same key that is still running.</param>
public sealed record IdempotentCall(long AccountKey, string Key, byte[] RequestHash, TimeSpan Retention, TimeSpan Wait);
