using System.Xml.Serialization;

namespace Breakout.Bench;

/// <summary>The <c>CvInvitees</c> element: the action, the session, and up to 200 invitees.</summary>
public sealed class PeerInvitees
{
    [XmlAttribute("SessionRegActionType")]
    public string? SessionRegActionType { get; set; }

    [XmlAttribute("ProductId")]
    public string? ProductId { get; set; }

    [XmlElement("CvInvitee", Namespace = PeerNamespaces.S1)]
    public List<PeerInvitee> Items { get; set; } = [];
}
