using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:CopyEventResultArray</c>: one item per copy, in request order.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CopyEventResultArray
{
    [XmlElement("CopyEventResult", Namespace = CventNamespaces.S1)]
    public CopyEventResult[]? Items { get; set; }
}
