using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:SessionRegActionResultArray</c>: the items, in request order.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class SessionRegActionResultArray
{
    [XmlElement("SessionRegActionResult", Namespace = CventNamespaces.S1)]
    public SessionRegActionResult[]? Items { get; set; }
}
