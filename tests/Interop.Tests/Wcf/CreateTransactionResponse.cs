using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:CreateTransactionResponse</c>, with the session header Breakout echoes.</summary>
[MessageContract(WrapperName = "CreateTransactionResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class CreateTransactionResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    public CreateTransactionResultArray? CreateTransactionResult { get; set; }
}
