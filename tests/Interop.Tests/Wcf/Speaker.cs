using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:Speaker</c> (<c>xsi:type="Speaker"</c>); attributes the tests do not read are left out.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class Speaker : CvObject
{
    [XmlElement("AssignedSessions", Namespace = CventNamespaces.S1)]
    public AssignedSessions[]? AssignedSessions { get; set; }

    [XmlAttribute]
    public string? FirstName { get; set; }

    [XmlAttribute]
    public string? LastName { get; set; }

    [XmlAttribute]
    public string? SpeakerCode { get; set; }

    [XmlAttribute]
    public string? EventId { get; set; }

    [XmlAttribute]
    public bool DisplayOnWebsite { get; set; }
}
