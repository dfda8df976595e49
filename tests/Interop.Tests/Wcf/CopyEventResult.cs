using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:CopyEventResult</c>: the copy's new event ID, the item's MessageId, and its outcome.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CopyEventResult
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

    [XmlIgnore]
    public bool SuccessSpecified { get; set; }
}
