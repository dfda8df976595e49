using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:Login</c>.</summary>
[MessageContract(WrapperName = "Login", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class LoginRequest
{
    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public string? AccountNumber { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 1)]
    public string? UserName { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 2)]
    public string? Password { get; set; }
}
