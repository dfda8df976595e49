using System.Security.Cryptography;
using System.Text;

namespace Breakout.Admin.Webhooks;

/// <summary>
/// Signing secrets and signatures as the Standard Webhooks specification defines them
/// (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md): a secret is
/// <c>whsec_</c> and the base64 of its key bytes; a signature is <c>v1,</c> and the base64 of the HMAC-SHA256, with
/// that key, of <c>{webhook-id}.{webhook-timestamp}.{body}</c>.
/// </summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>A new secret of 32 random bytes.</summary>
    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The <c>webhook-signature</c> value of a message.</summary>
    public static string Sign(string secret, string id, long timestamp, string body)
    {
        var key = Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }
}
