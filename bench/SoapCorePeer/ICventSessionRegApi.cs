using System.ServiceModel;
using System.Xml.Serialization;

namespace Breakout.Bench;

/// <summary>SessionRegAction as a SoapCore contract, shaped like the V200611 WSDL (document/literal, XmlSerializer).</summary>
[ServiceContract(Namespace = PeerNamespaces.Tns)]
public interface ICventSessionRegApi
{
    /// <summary>Registers or unregisters the listed invitees for one session.</summary>
    [OperationContract(Name = "SessionRegAction", Action = PeerNamespaces.Tns + "/SessionRegAction")]
    [XmlSerializerFormat]
    [return: XmlArray("SessionRegActionResult", Namespace = PeerNamespaces.S1)]
    [return: XmlArrayItem("SessionRegActionResult", Namespace = PeerNamespaces.S1)]
    Task<PeerResult[]> SessionRegActionAsync([MessageParameter(Name = "CvInvitees")] PeerInvitees invitees);
}
