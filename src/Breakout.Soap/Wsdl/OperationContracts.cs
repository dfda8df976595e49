using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The contracts of V200611 as Breakout declares them. Implemented operations carry the types of Cvent's WSDL,
/// structurally identical (names, namespaces, occurrence, enums), so that proxies generated from either agree;
/// the others carry open content, because a JAX-WS proxy refuses to start when any operation is missing.
/// </summary>
public static class OperationContracts
{
    public static readonly XNamespace Tns = SoapNamespaces.Tns;
    public static readonly XNamespace S1 = SoapNamespaces.S1;
    public static readonly XNamespace S = SoapNamespaces.Xsd;

    private static readonly XName String = S + "string";
    private static readonly XName Boolean = S + "boolean";

    /// <summary><c>tns:CventSessionHeader</c>: one optional value, and any attribute (Moodle's PHP adds some).</summary>
    public static readonly XsdComplexType SessionHeaderType = new(
        Tns + "CventSessionHeader", [XsdParticle.Element("CventSessionValue", String)], [], AnyAttribute: true);

    public static readonly XsdElement SessionHeaderElement = new(Tns + "CventSessionHeader", SessionHeaderType.Name);

    private static readonly XsdComplexType CvObject = new(
        S1 + "CvObject", [], [new("Id", String), new("MessageId", String), new("TransactionID", String)]);

    private static readonly XsdComplexType Error = new(S1 + "Error", [], [new("Code", String), new("Description", String)]);

    private static readonly XsdComplexType ArrayOfError = new(S1 + "ArrayOfError", [XsdParticle.Element("Error", Error.Name!, maxOccurs: null)], []);

    private static readonly OperationContract Login = new(
        "Login",
        UsesSessionHeader: false,
        Wrapper("Login", XsdParticle.Element("AccountNumber", String), XsdParticle.Element("UserName", String), XsdParticle.Element("Password", String)),
        Wrapper("LoginResponse", XsdParticle.Reference(S1 + "LoginResult")),
        [new XsdElement(S1 + "LoginResult", S1 + "LoginResult")],
        [
            new XsdComplexType(S1 + "LoginResult", [],
                [new("LoginSuccess", Boolean), new("ServerURL", String), new("CventSessionHeader", String), new("ErrorMessage", String)]),
        ]);

    private static readonly OperationContract SessionRegAction = new(
        "SessionRegAction",
        UsesSessionHeader: true,
        Wrapper("SessionRegAction", XsdParticle.Element("CvInvitees", S1 + "SessionRegInvitee")),
        Wrapper("SessionRegActionResponse", XsdParticle.Reference(S1 + "SessionRegActionResult")),
        [new XsdElement(S1 + "SessionRegActionResult", S1 + "SessionRegActionResultArray")],
        [
            CvObject,
            new XsdComplexType(S1 + "SessionRegInvitee",
                [XsdParticle.Element("CvInvitee", S1 + "CvInvitee", maxOccurs: null)],
                [new("SessionRegActionType", S1 + "SessionRegActionType", Required: true), new("ProductId", String)],
                Extends: CvObject.Name),
            new XsdComplexType(S1 + "CvInvitee", [], [new("Id", String), new("ConfirmationNumber", String), new("MessageId", String)]),
            new XsdEnumType(S1 + "SessionRegActionType", ["Register", "Unregister"]),
            new XsdComplexType(S1 + "SessionRegActionResultArray",
                [XsdParticle.Element("SessionRegActionResult", S1 + "SessionRegActionResult", maxOccurs: null)], []),
            new XsdComplexType(S1 + "SessionRegActionResult",
                [XsdParticle.Element("Errors", ArrayOfError.Name!)],
                [new("Id", String), new("ReferenceId", String), new("Success", Boolean)]),
            ArrayOfError,
            Error,
        ]);

    private static readonly Dictionary<string, OperationContract> Described = new(StringComparer.Ordinal)
    {
        [Login.Name] = Login,
        [SessionRegAction.Name] = SessionRegAction,
    };

    /// <summary>The contract of a V200611 operation: the real one where described, open content otherwise.</summary>
    public static OperationContract Of(string operation) =>
        Described.TryGetValue(operation, out var contract) ? contract : Open(operation);

    private static OperationContract Open(string operation)
    {
        var open = new XsdComplexType(null, [], [], AnyAttribute: true, OpenContent: true);
        return new OperationContract(operation, UsesSessionHeader: true,
            new XsdElement(Tns + operation, null, open), new XsdElement(Tns + (operation + "Response"), null, open), [], []);
    }

    private static XsdElement Wrapper(string name, params XsdParticle[] sequence) =>
        new(Tns + name, null, new XsdComplexType(null, sequence, []));
}
