namespace Breakout.Soap;

/// <summary>A complete HTTP response: status, content type and body bytes.</summary>
/// <param name="FaultCode">The Cvent code of a fault (<c>CV10104</c>); null for an answer (observability).</param>
/// <param name="FaultMessage">The fault's text; null for an answer (observability).</param>
public sealed record SoapHttpResponse(int StatusCode, string ContentType, ReadOnlyMemory<byte> Body, string? FaultCode = null, string? FaultMessage = null)
{
    /// <summary>The call ran as a dry run: nothing it did was kept (the host says so in the <c>Breakout-Dry-Run</c> response header).</summary>
    public bool DryRun { get; init; }

    /// <summary>The stored response of an earlier call with the same <c>Idempotency-Key</c> (the host says so in the <c>Idempotent-Replayed</c> response header).</summary>
    public bool IdempotentReplay { get; init; }
}
