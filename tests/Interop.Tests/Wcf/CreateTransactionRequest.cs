using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>tns:CreateTransaction</c> with the session header: <c>Transactions</c> is <c>tns:ArrayOfTransaction</c> (items
/// in tns, of type <c>s1:Transaction</c>), then <c>EventId</c>, in WSDL order.
/// </summary>
[MessageContract(WrapperName = "CreateTransaction", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class CreateTransactionRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    [XmlArrayItem("Transaction", Namespace = CventNamespaces.Tns, IsNullable = true)]
    public Transaction[]? Transactions { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 1)]
    public string? EventId { get; set; }
}
