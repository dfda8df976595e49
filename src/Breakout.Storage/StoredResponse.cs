namespace Breakout.Storage;

/// <summary>A complete HTTP response as first answered, kept to answer retries byte for byte.</summary>
public sealed record StoredResponse(int StatusCode, string ContentType, byte[] Body);
