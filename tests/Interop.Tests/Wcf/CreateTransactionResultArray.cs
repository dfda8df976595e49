using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:CreateTransactionResultArray</c>: the items, in request order.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CreateTransactionResultArray
{
    [XmlElement("CreateTransactionResult", Namespace = CventNamespaces.S1)]
    public CreateTransactionResult[]? Items { get; set; }
}
