using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:CreateTransactionResultArray</c>: the items, in request order. <c>s1:CreateTransactionResult</c> has the
/// members of <c>s1:SessionRegActionResult</c> (<c>Errors</c>, <c>Id</c>, <c>ReferenceId</c>, <c>Success</c>), so
/// that class reads it; the element name comes from this array.
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CreateTransactionResultArray
{
    [XmlElement("CreateTransactionResult", Namespace = CventNamespaces.S1)]
    public SessionRegActionResult[]? Items { get; set; }
}
