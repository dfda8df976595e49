using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:Retrieve</c>: <c>ObjectType</c> in tns, <c>Ids</c> in s1 with one <c>Id</c> per object.</summary>
[MessageContract(WrapperName = "Retrieve", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class RetrieveRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public string? ObjectType { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 1)]
    [XmlArrayItem("Id", Namespace = CventNamespaces.S1, IsNullable = false)]
    public string[]? Ids { get; set; }
}
