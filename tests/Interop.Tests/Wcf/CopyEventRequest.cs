using System.ServiceModel;
using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>tns:CopyEvent</c> with the session header. <c>EventParameters</c> is <c>tns:ArrayOfEventParameters</c>, so its
/// items are in tns (their type is <c>s1:EventParameters</c>).
/// </summary>
[MessageContract(WrapperName = "CopyEvent", WrapperNamespace = CventNamespaces.Tns, IsWrapped = true)]
public sealed class CopyEventRequest
{
    [MessageHeader(Namespace = CventNamespaces.Tns)]
    public CventSessionHeader? CventSessionHeader { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 0)]
    public string? EventId { get; set; }

    [MessageBodyMember(Namespace = CventNamespaces.Tns, Order = 1)]
    [XmlArrayItem("EventParameters", Namespace = CventNamespaces.Tns, IsNullable = true)]
    public EventParameters[]? EventParameters { get; set; }
}
