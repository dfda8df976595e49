using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:EventParameters</c>, the attributes the CopyEvent test sends (svcutil would generate all 44).</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class EventParameters : CvObject
{
    [XmlAttribute]
    public string? Title { get; set; }

    [XmlAttribute]
    public DateTime StartDate { get; set; }

    [XmlIgnore]
    public bool StartDateSpecified { get; set; }
}
