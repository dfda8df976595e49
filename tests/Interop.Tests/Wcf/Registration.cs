using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:Registration</c> (<c>xsi:type="Registration"</c>); the attributes and details the tests do not read are left
/// out, and the serializer skips them.
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Registration : CvObject
{
    [XmlElement("OrderDetail", Namespace = CventNamespaces.S1)]
    public OrderDetail[]? OrderDetail { get; set; }

    [XmlAttribute]
    public string? InviteeId { get; set; }

    [XmlAttribute]
    public string? FirstName { get; set; }

    [XmlAttribute]
    public string? LastName { get; set; }

    [XmlAttribute]
    public string? EventId { get; set; }

    [XmlAttribute]
    public string? Status { get; set; }

    [XmlAttribute]
    public string? ConfirmationNumber { get; set; }
}
