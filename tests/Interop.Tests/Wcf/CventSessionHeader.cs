using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:CventSessionHeader</c>.</summary>
[XmlType(Namespace = CventNamespaces.Tns)]
public sealed class CventSessionHeader
{
    [XmlElement(Namespace = CventNamespaces.Tns)]
    public string? CventSessionValue { get; set; }
}
