using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:ManageDistributionListMembers</c>: <c>Action</c> and <c>DistListId</c> in tns, then <c>s1:CvObjects</c>.</summary>
[MessageContract(WrapperName = "ManageDistributionListMembers", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class ManageDistributionListMembersRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public ManageDistributionListAction Action { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 1)]
    public string? DistListId { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 2)]
    [XmlArrayItem("CvObject", Namespace = CventNamespaces.S1, IsNullable = false)]
    public CvObject[]? CvObjects { get; set; }
}
