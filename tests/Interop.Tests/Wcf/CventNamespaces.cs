namespace Interop.Tests.Wcf;

/// <summary>The two namespaces of V200611, as a generated proxy would spell them.</summary>
public static class CventNamespaces
{
    public const string Tns = "http://api.cvent.com/2006-11";
    public const string S1 = "http://schemas.cvent.com/api/2006-11";
}
