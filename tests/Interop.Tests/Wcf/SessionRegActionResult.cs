using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:SessionRegActionResult</c>: one item's outcome.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class SessionRegActionResult
{
    [XmlArray("Errors", Namespace = CventNamespaces.S1)]
    [XmlArrayItem("Error", Namespace = CventNamespaces.S1)]
    public Error[]? Errors { get; set; }

    [XmlAttribute]
    public string? Id { get; set; }

    [XmlAttribute]
    public string? ReferenceId { get; set; }

    [XmlAttribute]
    public bool Success { get; set; }
}
