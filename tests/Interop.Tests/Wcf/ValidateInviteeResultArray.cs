using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:ValidateInviteeResultArray</c>: the items, in request order.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class ValidateInviteeResultArray
{
    [XmlElement("ValidateInviteeResult", Namespace = CventNamespaces.S1)]
    public ValidateInviteeResult[]? Items { get; set; }
}
