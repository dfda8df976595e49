using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:ValidateInviteeResponse</c>, with the session header Breakout echoes.</summary>
[MessageContract(WrapperName = "ValidateInviteeResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class ValidateInviteeResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    public ValidateInviteeResultArray? ValidateInviteeResult { get; set; }
}
