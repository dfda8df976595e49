using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:ManageDistributionListResult</c>: one contact's outcome.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class ManageDistributionListResult
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
