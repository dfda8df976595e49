using System.Net;

namespace Breakout.Soap;

/// <summary>What the SOAP endpoint needs of an HTTP POST, independent of the web server.</summary>
/// <param name="Body">The request body (already bounded in size by the host).</param>
/// <param name="EndpointUrl">This server's absolute endpoint URL as clients should use it (Login's ServerURL).</param>
public sealed record SoapHttpRequest(
    ReadOnlyMemory<byte> Body,
    string? ContentType,
    string? SoapAction,
    IPAddress? RemoteAddress,
    string EndpointUrl)
{
    /// <summary>The <c>Breakout-Dry-Run</c> header's value, or null when the request has none (docs/dry-run.md).</summary>
    public string? DryRunHeader { get; init; }

    /// <summary>The <c>Idempotency-Key</c> header's value, or null when the request has none (docs/idempotency.md).</summary>
    public string? IdempotencyKeyHeader { get; init; }

    /// <summary>Test double: where the endpoint reports the operation and caller of this call (null: nobody watches).</summary>
    public SoapCallInfo? Call { get; init; }
}
