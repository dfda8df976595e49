using System.Security.Cryptography;
using System.Text;

namespace Breakout.Domain.Access;

/// <summary>
/// The opaque <c>CventSessionHeader</c> value: 256 random bits in URL-safe base64 (never a comma, which some
/// clients use as a separator when caching it). Only its SHA-256 hash is stored.
/// </summary>
public static class SessionToken
{
    /// <summary>Longest header value looked up; anything longer cannot be one of ours.</summary>
    public const int MaxLength = 256;

    public static string Create() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of a token: its SHA-256 hash, hex encoded.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
