using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:SessionRegInvitee</c> (extends CvObject; its base attributes are left out as unused here).</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class SessionRegInvitee
{
    [XmlElement("CvInvitee", Namespace = CventNamespaces.S1)]
    public CvInvitee[]? CvInvitee { get; set; }

    [XmlAttribute]
    public string? SessionRegActionType { get; set; }

    [XmlAttribute]
    public string? ProductId { get; set; }
}
