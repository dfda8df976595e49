using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>tns:ManageDistributionListMembersResponse</c>: <c>s1:ManageDistributionListMembersResult</c>, one <c>ManageDistributionListResult</c> per contact.</summary>
[MessageContract(WrapperName = "ManageDistributionListMembersResponse", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class ManageDistributionListMembersResponse
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.S1, Order = 0)]
    [XmlArrayItem("ManageDistributionListResult", Namespace = CventNamespaces.S1, IsNullable = false)]
    public ManageDistributionListResult[]? ManageDistributionListMembersResult { get; set; }
}
