using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Breakout.Host;

/// <summary>
/// Behind a reverse proxy: <c>X-Forwarded-Proto</c>, <c>X-Forwarded-Host</c>, <c>X-Forwarded-Port</c> and
/// <c>X-Forwarded-For</c> sent by a trusted proxy (<c>Breakout:TrustedProxies</c>, default loopback) become the request's
/// scheme, host, port and client address. So the WSDL's <c>soap:address</c> and Login's <c>ServerURL</c> name the proxy's
/// URL, and the rate limit and per-user IP allow lists see the real client. ASP.NET Core's forwarded-headers middleware
/// does the work; this adds <c>X-Forwarded-Port</c>, which the middleware does not read. From any other address the
/// headers are ignored.
/// </summary>
internal static class ProxyHeaders
{
    /// <summary>The value of <c>Breakout:TrustedProxies</c> that trusts no address.</summary>
    public const string None = "none";

    /// <summary>The trusted proxies when <c>Breakout:TrustedProxies</c> is not set: this machine, as ASP.NET Core's default.</summary>
    public static readonly IReadOnlyList<IPNetwork> Loopback = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")];

    public static void AddProxyHeaders(this IServiceCollection services, string? trustedProxies)
    {
        var trusted = Parse(trustedProxies);
        services.AddSingleton(new TrustedProxies(trusted));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in trusted)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
    }

    /// <summary>Must come first in the pipeline, so that everything after it sees the forwarded values.</summary>
    public static void UseProxyHeaders(this WebApplication app)
    {
        var trusted = app.Services.GetRequiredService<TrustedProxies>();
        app.Use((context, next) =>
        {
            var peer = context.Connection.RemoteIpAddress;
            context.Features.Set(new ConnectionPeer(peer));
            if (trusted.Contains(peer))
            {
                MergeForwardedPort(context.Request);
            }

            return next(context);
        });

        // The middleware with no known proxy and no known network would believe every address: leave it out.
        if (!trusted.IsEmpty)
        {
            app.UseForwardedHeaders();
        }
    }

    /// <summary>
    /// The address that decides whether the ASMX test form is offered: the connection's own peer unless that is this
    /// machine, in which case the client a trusted proxy named (if any). So the form needs a loopback connection, and
    /// behind a proxy on this machine it also needs a loopback client; a forwarded header alone never unlocks it.
    /// </summary>
    public static IPAddress? TestFormAddress(HttpContext context)
    {
        var peer = context.Features.Get<ConnectionPeer>()?.Address ?? context.Connection.RemoteIpAddress;
        return Soap.Pages.AsmxPages.IsLocal(peer) ? context.Connection.RemoteIpAddress : peer;
    }

    /// <summary>Parses <c>Breakout:TrustedProxies</c>: IP addresses and CIDR networks separated by commas or spaces.</summary>
    public static IReadOnlyList<IPNetwork> Parse(string? value)
    {
        if (value is null)
        {
            return Loopback;
        }

        if (value.Trim().Equals(None, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var networks = new List<IPNetwork>();
        foreach (var entry in value.Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParseNetwork(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new HostStartException(
                    $"Breakout:TrustedProxies: \"{entry}\" is neither an IP address nor a CIDR network (e.g. 10.0.0.5, 10.0.0.0/8, ::1); " +
                    $"use \"{None}\" to trust no proxy.");
            }
        }

        return networks.Count > 0 ? networks
            : throw new HostStartException($"Breakout:TrustedProxies is empty; use \"{None}\" to trust no proxy, or leave it unset to trust loopback.");
    }

    /// <summary>A CIDR network (<c>10.0.0.0/8</c>) or one address (<c>10.0.0.5</c>, <c>::1</c>) as a network of its own.</summary>
    public static bool TryParseNetwork(string entry, out IPNetwork network)
    {
        if (IPNetwork.TryParse(entry, out network))
        {
            return true;
        }

        if (IPAddress.TryParse(entry, out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }

        return false;
    }

    /// <summary>Whether <paramref name="address"/> (an IPv4 address mapped to IPv6 too) is in one of <paramref name="networks"/>.</summary>
    public static bool Contains(IReadOnlyList<IPNetwork> networks, IPAddress? address) =>
        address is not null && networks.Any(n => n.Contains(address) || (address.IsIPv4MappedToIPv6 && n.Contains(address.MapToIPv4())));

    /// <summary>
    /// nginx's <c>X-Forwarded-Port $server_port</c> beside <c>X-Forwarded-Host $host</c> (which has no port): joins them
    /// into the <c>host:port</c> the middleware reads. The default port of the forwarded scheme is left out; a host that
    /// already has a port, or several hosts (a chain of proxies), is left as it is.
    /// </summary>
    private static void MergeForwardedPort(HttpRequest request)
    {
        var headers = request.Headers;
        if (headers["X-Forwarded-Port"] is not [var portText] ||
            !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            return;
        }

        var forwardedHost = headers["X-Forwarded-Host"];
        string? hostText = forwardedHost.Count switch
        {
            0 => request.Host.HasValue ? request.Host.Value : null,
            1 when !forwardedHost[0]!.Contains(',', StringComparison.Ordinal) => forwardedHost[0]!.Trim(),
            _ => null,
        };
        if (string.IsNullOrEmpty(hostText))
        {
            return;
        }

        var host = new HostString(hostText);
        if (host.Port is not null)
        {
            return;
        }

        var scheme = headers["X-Forwarded-Proto"] is [var proto] ? proto!.Trim() : request.Scheme;
        var standard = scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? 443 : scheme.Equals("http", StringComparison.OrdinalIgnoreCase) ? 80 : -1;
        headers["X-Forwarded-Host"] = port == standard ? host.Host : new HostString(host.Host, port).Value;
    }

    /// <summary>The networks whose forwarded headers are believed.</summary>
    private sealed class TrustedProxies(IReadOnlyList<IPNetwork> networks)
    {
        public bool IsEmpty => networks.Count == 0;

        public bool Contains(IPAddress? address) => ProxyHeaders.Contains(networks, address);
    }

    /// <summary>The connection's own peer, kept before the middleware replaces it with the forwarded client.</summary>
    private sealed record ConnectionPeer(IPAddress? Address);
}
