using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:Filter</c>: <c>Operator</c> is a CvSearchOperatorType value such as <c>Starts with</c>.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Filter
{
    [XmlElement(Namespace = CventNamespaces.S1, Order = 0)]
    public string? Field { get; set; }

    [XmlElement(Namespace = CventNamespaces.S1, Order = 1)]
    public string? Operator { get; set; }

    [XmlElement(Namespace = CventNamespaces.S1, Order = 2)]
    public string? Value { get; set; }
}
