using System.Net;

namespace Breakout.Domain.Access;

/// <summary>
/// An API user's allowed addresses (single addresses or CIDR ranges, comma or space separated). Empty means any
/// address, as for a Cvent API user with no IP restriction.
/// </summary>
public sealed class IpAllowList
{
    private readonly IReadOnlyList<IPNetwork> networks;

    private IpAllowList(IReadOnlyList<IPNetwork> networks) => this.networks = networks;

    public static IpAllowList Any { get; } = new([]);

    public bool IsEmpty => networks.Count == 0;

    public static bool TryParse(string? text, out IpAllowList list, out string? error)
    {
        var parsed = new List<IPNetwork>();
        foreach (var entry in (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                parsed.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                parsed.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                list = Any;
                error = $"'{entry}' is not an IP address or CIDR range.";
                return false;
            }
        }

        list = parsed.Count == 0 ? Any : new IpAllowList(parsed);
        error = null;
        return true;
    }

    public static IpAllowList Parse(string? text) =>
        TryParse(text, out var list, out var error) ? list : throw new FormatException(error);

    public bool Allows(IPAddress? address)
    {
        if (IsEmpty)
        {
            return true;
        }

        if (address is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return networks.Any(n => n.Contains(candidate));
    }

    public override string ToString() => string.Join(',', networks);
}
