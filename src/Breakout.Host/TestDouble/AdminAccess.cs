using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Breakout.Host.TestDouble;

/// <summary>
/// Who may call the admin API: loopback clients only unless <see cref="AdminSettings.AllowRemote"/> (the address is
/// the client's, after trusted proxy headers), and, when a key is configured, only with <c>Authorization: Bearer KEY</c>.
/// The change feed API (docs/change-feed.md) is guarded by the same rules with its own settings.
/// </summary>
internal sealed class AdminAccess(AdminSettings settings, string api = "The admin API", string section = "Breakout:Admin") : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var address = http.Connection.RemoteIpAddress;
        if (!settings.AllowRemote && (address is null || !IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)))
        {
            return AdminResults.Problem(StatusCodes.Status403Forbidden, $"{api} answers loopback clients only ({section}:AllowRemote).");
        }

        if (!string.IsNullOrEmpty(settings.ApiKey))
        {
            var header = http.Request.Headers.Authorization.ToString();
            var given = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : "";
            if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(settings.ApiKey))))
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return AdminResults.Problem(StatusCodes.Status401Unauthorized, $"{api} needs Authorization: Bearer with the configured key.");
            }
        }

        return await next(context);
    }
}
