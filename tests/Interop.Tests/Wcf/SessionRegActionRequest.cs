using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:SessionRegAction</c> with the session header.</summary>
[MessageContract(WrapperName = "SessionRegAction", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class SessionRegActionRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public SessionRegInvitee? CvInvitees { get; set; }
}
