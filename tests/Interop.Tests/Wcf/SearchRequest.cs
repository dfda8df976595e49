using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:Search</c>: <c>ObjectType</c> in tns, <c>CvSearchObject</c> in s1.</summary>
[MessageContract(WrapperName = "Search", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class SearchRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public string? ObjectType { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 1)]
    public CvSearch? CvSearchObject { get; set; }
}
