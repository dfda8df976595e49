using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary>
/// <c>s1:ValidateInviteeResult</c>: one item's outcome. The <c>…Specified</c> flags are what svcutil generates for
/// optional attributes; XmlSerializer sets them when the attribute arrived, so a missing one is not read as false.
/// </summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class ValidateInviteeResult
{
    [XmlArray("Errors", Namespace = CventNamespaces.S1)]
    [XmlArrayItem("Error", Namespace = CventNamespaces.S1)]
    public Error[]? Errors { get; set; }

    [XmlAttribute]
    public string? ReferenceId { get; set; }

    /// <summary>Capital <c>ID</c>, as in Cvent's WSDL.</summary>
    [XmlAttribute]
    public string? InviteeID { get; set; }

    [XmlAttribute]
    public bool Registered { get; set; }

    [XmlIgnore]
    public bool RegisteredSpecified { get; set; }

    [XmlAttribute]
    public bool PaidInFull { get; set; }

    [XmlIgnore]
    public bool PaidInFullSpecified { get; set; }

    [XmlAttribute]
    public bool CheckedIn { get; set; }

    [XmlIgnore]
    public bool CheckedInSpecified { get; set; }

    [XmlAttribute]
    public bool Success { get; set; }

    [XmlIgnore]
    public bool SuccessSpecified { get; set; }
}
