using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:SessionRegActionResponse</c>, with the session header Breakout echoes.</summary>
[MessageContract(WrapperName = "SessionRegActionResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class SessionRegActionResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    public SessionRegActionResultArray? SessionRegActionResult { get; set; }
}
