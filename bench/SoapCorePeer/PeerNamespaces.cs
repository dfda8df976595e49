namespace Breakout.Bench;

/// <summary>The two namespaces of the V200611 contract, as the peer's serializer attributes need them.</summary>
internal static class PeerNamespaces
{
    public const string Tns = "http://api.cvent.com/2006-11";
    public const string S1 = "http://schemas.cvent.com/api/2006-11";
}
