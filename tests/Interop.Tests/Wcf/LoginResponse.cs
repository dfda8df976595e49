using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:LoginResponse</c>: one <c>s1:LoginResult</c>.</summary>
[MessageContract(WrapperName = "LoginResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class LoginResponse
{
    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    public LoginResult? LoginResult { get; set; }
}
