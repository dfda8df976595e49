using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:SearchResponse</c>: <c>s1:SearchResult</c> with one <c>Id</c> per match.</summary>
[MessageContract(WrapperName = "SearchResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class SearchResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    [XmlArrayItem("Id", Namespace = CventNamespaces.S1, IsNullable = false)]
    public string[]? SearchResult { get; set; }
}
