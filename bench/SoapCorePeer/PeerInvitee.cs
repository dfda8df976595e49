using System.Xml.Serialization;

namespace Breakout.Bench;

/// <summary>One <c>CvInvitee</c>.</summary>
public sealed class PeerInvitee
{
    [XmlAttribute("Id")]
    public string? Id { get; set; }

    [XmlAttribute("ConfirmationNumber")]
    public string? ConfirmationNumber { get; set; }

    [XmlAttribute("MessageId")]
    public string? MessageId { get; set; }
}
