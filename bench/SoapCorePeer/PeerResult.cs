using System.Xml.Serialization;

namespace Breakout.Bench;

/// <summary>One <c>SessionRegActionResult</c>.</summary>
public sealed class PeerResult
{
    [XmlAttribute("Id")]
    public string? Id { get; set; }

    [XmlAttribute("ReferenceId")]
    public string? ReferenceId { get; set; }

    [XmlAttribute("Success")]
    public bool Success { get; set; }

    [XmlArray("Errors", Namespace = PeerNamespaces.S1)]
    [XmlArrayItem("Error", Namespace = PeerNamespaces.S1)]
    public List<PeerError>? Errors { get; set; }
}
