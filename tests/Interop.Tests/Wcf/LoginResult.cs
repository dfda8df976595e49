using System.Xml.Serialization;

namespace Interop.Tests.Wcf;

/// <summary><c>s1:LoginResult</c>: attributes only.</summary>
[XmlType(Namespace = CventNamespaces.S1)]
public sealed class LoginResult
{
    [XmlAttribute]
    public bool LoginSuccess { get; set; }

    [XmlAttribute]
    public string? ServerURL { get; set; }

    [XmlAttribute]
    public string? CventSessionHeader { get; set; }

    [XmlAttribute]
    public string? ErrorMessage { get; set; }
}
