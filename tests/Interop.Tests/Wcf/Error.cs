using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:Error</c>.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Error
{
    [XmlAttribute]
    public string? Code { get; set; }

    [XmlAttribute]
    public string? Description { get; set; }
}
