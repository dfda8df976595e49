using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:CopyEventResponse</c>, with the session header Breakout echoes.</summary>
[MessageContract(WrapperName = "CopyEventResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class CopyEventResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    public CopyEventResultArray? CopyEventResult { get; set; }
}
