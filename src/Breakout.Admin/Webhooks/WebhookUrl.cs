using System.Net;

namespace Breakout.Admin.Webhooks;

/// <summary>
/// Which URLs a webhook may post to: HTTPS; plain HTTP only to a loopback address (a receiver on the same machine,
/// as in tests) or when the operator allows it explicitly (<c>Breakout:ChangeFeed:Webhooks:AllowHttp</c>, or
/// <c>--allow-http</c> when adding one), since the messages carry registrants' IDs in clear otherwise.
/// </summary>
public static class WebhookUrl
{
    /// <summary>Why <paramref name="url"/> is refused, or null when it may be used.</summary>
    public static string? Problem(string? url, bool allowHttp)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return $"'{url}' is not an absolute http(s) URL.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "The URL must not carry credentials: the signature authenticates the messages.";
        }

        return uri.Scheme == Uri.UriSchemeHttp && !allowHttp && !IsLoopback(uri)
            ? $"'{url}' is plain HTTP to another machine: use HTTPS (plain HTTP is allowed to loopback addresses, or with AllowHttp)."
            : null;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
