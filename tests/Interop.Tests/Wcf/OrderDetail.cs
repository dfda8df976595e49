using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:OrderDetail</c>: one product (here a session) of a Registration. Optional value-type attributes come with
/// a <c>…Specified</c> flag, as svcutil generates them.
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class OrderDetail
{
    [XmlAttribute]
    public string? ProductId { get; set; }

    [XmlAttribute]
    public string? ProductName { get; set; }

    [XmlAttribute]
    public string? ProductCode { get; set; }

    [XmlAttribute]
    public string? ProductType { get; set; }

    [XmlAttribute]
    public string? Action { get; set; }

    [XmlAttribute]
    public DateTime ActionDate { get; set; }

    [XmlIgnore]
    public bool ActionDateSpecified { get; set; }

    [XmlAttribute]
    public bool Participant { get; set; }

    [XmlIgnore]
    public bool ParticipantSpecified { get; set; }
}
