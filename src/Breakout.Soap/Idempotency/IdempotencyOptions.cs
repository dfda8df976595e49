namespace Breakout.Soap.Idempotency;

/// <summary>Safe retries with <c>Idempotency-Key</c> (<c>Breakout:Idempotency</c>; docs/idempotency.md).</summary>
public sealed class IdempotencyOptions
{
    /// <summary>How long a call's response is kept and answered to retries with its key (default 24 hours).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a retry waits for a call with the same key that is still running before it answers BO10012 (default 5 seconds).</summary>
    public TimeSpan Wait { get; set; } = TimeSpan.FromSeconds(5);
}
