using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:CreateTransactionResult</c>: the new transaction's <c>Id</c>, the item's <c>MessageId</c> and outcome.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CreateTransactionResult
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
