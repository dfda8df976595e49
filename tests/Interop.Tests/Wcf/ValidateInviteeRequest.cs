using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>tns:ValidateInvitee</c> with the session header. <c>CvInvitees</c> is <c>tns:ArrayOfCvInvitee</c>, so unlike
/// SessionRegAction's its <c>CvInvitee</c> items are in tns (their type is still <c>s1:CvInvitee</c>).
/// </summary>
[MessageContract(WrapperName = "ValidateInvitee", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class ValidateInviteeRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    /// <summary><c>Event</c> or <c>Session</c>.</summary>
    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public string? ProductType { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 1)]
    public string? ProductID { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 2)]
    public bool CheckPaidInFull { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 3)]
    [XmlArrayItem("CvInvitee", Namespace = CventNamespaces.Tns, IsNullable = true)]
    public CvInvitee[]? CvInvitees { get; set; }
}
