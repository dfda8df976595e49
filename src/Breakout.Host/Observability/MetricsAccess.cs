using System.Net;
using IPNetwork = System.Net.IPNetwork;

namespace Breakout.Host.Observability;

/// <summary>Who may read <c>/metrics</c> (<see cref="ObservabilitySettings.MetricsAllowedFrom"/>); anyone else gets 403.</summary>
internal sealed class MetricsAccess
{
    public const string Loopback = "loopback";
    public const string Any = "any";

    private readonly IReadOnlyList<IPNetwork>? networks;

    /// <param name="networks">The allowed networks, or null for any address.</param>
    private MetricsAccess(IReadOnlyList<IPNetwork>? networks) => this.networks = networks;

    /// <summary>Parses <c>Breakout:MetricsAllowedFrom</c>; unset means loopback.</summary>
    public static MetricsAccess Parse(string? value)
    {
        var entries = (value ?? Loopback).Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (entries.Any(e => e.Equals(Any, StringComparison.OrdinalIgnoreCase)))
        {
            return new MetricsAccess(null);
        }

        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            if (entry.Equals(Loopback, StringComparison.OrdinalIgnoreCase))
            {
                networks.AddRange(ProxyHeaders.Loopback);
            }
            else if (ProxyHeaders.TryParseNetwork(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new HostStartException(
                    $"Breakout:MetricsAllowedFrom: \"{entry}\" is neither an IP address nor a CIDR network (e.g. 10.0.0.5, 10.0.0.0/8); " +
                    $"use \"{Loopback}\" for this machine or \"{Any}\" for every address.");
            }
        }

        return networks.Count > 0 ? new MetricsAccess(networks)
            : throw new HostStartException($"Breakout:MetricsAllowedFrom is empty; use \"{Loopback}\" or \"{Any}\", or leave it unset.");
    }

    public bool Allows(IPAddress? address) => networks is null || ProxyHeaders.Contains(networks, address);
}
