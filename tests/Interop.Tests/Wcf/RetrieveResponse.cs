using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:RetrieveResponse</c>: <c>s1:RetrieveResult</c>, one <c>CvObject</c> per object, typed by <c>xsi:type</c>.</summary>
[MessageContract(WrapperName = "RetrieveResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class RetrieveResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    [XmlArrayItem("CvObject", Namespace = CventNamespaces.S1, IsNullable = false)]
    public CvObject[]? RetrieveResult { get; set; }
}
