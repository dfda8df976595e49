using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:AssignedSessions</c>: a session a speaker is assigned to.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class AssignedSessions
{
    [XmlAttribute]
    public string? SessionId { get; set; }

    [XmlAttribute]
    public string? SessionName { get; set; }

    [XmlAttribute]
    public DateTime SessionStartDate { get; set; }
}
