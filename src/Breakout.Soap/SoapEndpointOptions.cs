using Breakout.Domain.Access;

namespace Breakout.Soap;

/// <summary>Settings of the SOAP endpoint.</summary>
public sealed record SoapEndpointOptions
{
    /// <summary>Largest request body accepted, in bytes (larger ones get a fault, unread).</summary>
    public int MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    public LoginPolicy Login { get; init; } = new();
}
