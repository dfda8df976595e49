using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:CvSearch</c>, sent as <c>CvSearchObject</c>: <c>SearchType</c> <c>AndSearch</c> or <c>OrSearch</c>, and the filters.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CvSearch
{
    [XmlElement("Filter", Namespace = CventNamespaces.S1)]
    public Filter[]? Filter { get; set; }

    [XmlAttribute]
    public string? SearchType { get; set; }
}
