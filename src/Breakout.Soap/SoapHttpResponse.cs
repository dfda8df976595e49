namespace Breakout.Soap;

/// <summary>A complete HTTP response: status, content type and body bytes.</summary>
public sealed record SoapHttpResponse(int StatusCode, string ContentType, ReadOnlyMemory<byte> Body);
