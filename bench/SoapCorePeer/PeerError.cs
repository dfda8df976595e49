using System.Xml.Serialization;

namespace Breakout.Bench;

/// <summary>One <c>Error</c> of a result.</summary>
public sealed class PeerError
{
    [XmlAttribute("Code")]
    public string? Code { get; set; }

    [XmlAttribute("Description")]
    public string? Description { get; set; }
}
