using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:CvInvitee</c>.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class CvInvitee
{
    [XmlAttribute]
    public string? Id { get; set; }

    [XmlAttribute]
    public string? ConfirmationNumber { get; set; }

    [XmlAttribute]
    public string? MessageId { get; set; }
}
