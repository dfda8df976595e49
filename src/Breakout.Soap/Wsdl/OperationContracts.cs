using System.Xml.Linq;
using Breakout.Domain.Objects;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The contracts of V200611 as Breakout declares them. Implemented operations carry the types of Cvent's WSDL,
/// structurally identical (names, namespaces, occurrence, enums), so that proxies generated from either agree;
/// the others carry open content, because a JAX-WS proxy refuses to start when any operation is missing.
/// </summary>
public static partial class OperationContracts
{
    public static readonly XNamespace Tns = SoapNamespaces.Tns;
    public static readonly XNamespace S1 = SoapNamespaces.S1;
    public static readonly XNamespace S = SoapNamespaces.Xsd;

    private static readonly XName String = S + "string";
    private static readonly XName Boolean = S + "boolean";
    private static readonly XName DateTime = S + "dateTime";
    private static readonly XName Int = S + "int";

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

    /// <summary><c>tns:ArrayOfCvObject</c> (CheckIn, SimpleEventRegistration): nillable <c>CvObject</c> items of type s1:CvObject.</summary>
    private static readonly XsdComplexType TnsArrayOfCvObject = new(
        Tns + "ArrayOfCvObject", [XsdParticle.Element("CvObject", CvObject.Name!, maxOccurs: null, nillable: true)], []);

    private static readonly XsdEnumType ProductType = new(S1 + "ProductType", ["Event", "Session"]);

    private static readonly OperationContract SimpleEventRegistration = BatchOperation(
        "SimpleEventRegistration",
        [
            XsdParticle.Element("CvObjects", TnsArrayOfCvObject.Name!),
            XsdParticle.Element("RegAction", S1 + "RegistrationAction", minOccurs: 1),
            XsdParticle.Element("EventId", String),
            XsdParticle.Element("AdmissionItemID", String),
        ],
        [TnsArrayOfCvObject, CvObject, new XsdEnumType(S1 + "RegistrationAction", ["Register", "Decline", "Waitlist", "Cancel"])]);

    private static readonly OperationContract CheckIn = BatchOperation(
        "CheckIn",
        [
            XsdParticle.Element("CvObjects", TnsArrayOfCvObject.Name!),
            XsdParticle.Element("AttendeeType", S1 + "AttendeeType", minOccurs: 1),
            XsdParticle.Element("ProductId", String),
            XsdParticle.Element("UndoCheckIn", Boolean, minOccurs: 1),
            XsdParticle.Element("SendPlannerAlert", Boolean, minOccurs: 1),
        ],
        [TnsArrayOfCvObject, CvObject, new XsdEnumType(S1 + "AttendeeType", ["Event", "Session"])]);

    private static readonly OperationContract ValidateInvitee = new(
        "ValidateInvitee",
        UsesSessionHeader: true,
        Wrapper("ValidateInvitee",
            XsdParticle.Element("ProductType", ProductType.Name!, minOccurs: 1),
            XsdParticle.Element("ProductID", String),
            XsdParticle.Element("CheckPaidInFull", Boolean, minOccurs: 1),
            XsdParticle.Element("CvInvitees", Tns + "ArrayOfCvInvitee")),
        Wrapper("ValidateInviteeResponse", XsdParticle.Reference(S1 + "ValidateInviteeResult")),
        [new XsdElement(S1 + "ValidateInviteeResult", S1 + "ValidateInviteeResultArray")],
        [
            ProductType,
            new XsdComplexType(Tns + "ArrayOfCvInvitee", [XsdParticle.Element("CvInvitee", S1 + "CvInvitee", maxOccurs: null, nillable: true)], []),
            new XsdComplexType(S1 + "CvInvitee", [], [new("Id", String), new("ConfirmationNumber", String), new("MessageId", String)]),
            new XsdComplexType(S1 + "ValidateInviteeResultArray",
                [XsdParticle.Element("ValidateInviteeResult", S1 + "ValidateInviteeResult", maxOccurs: null)], []),
            new XsdComplexType(S1 + "ValidateInviteeResult",
                [XsdParticle.Element("Errors", ArrayOfError.Name!)],
                [
                    new("ReferenceId", String), new("InviteeID", String), new("Registered", Boolean), new("PaidInFull", Boolean),
                    new("CheckedIn", Boolean), new("Success", Boolean),
                ]),
            ArrayOfError,
            Error,
        ]);

    /// <summary><c>s1:Session</c> as CreateSession and UpdateSession take it.</summary>
    private static readonly XsdType[] SessionTypes =
    [
        new XsdComplexType(Tns + "ArrayOfSession", [XsdParticle.Element("Session", S1 + "Session", maxOccurs: null, nillable: true)], []),
        new XsdComplexType(S1 + "Session",
            [XsdParticle.Element("CustomFieldDetail", S1 + "CustomFieldDetail", maxOccurs: null)],
            [
                new("EventId", String), new("ProductName", String), new("ProductCode", String), new("ProductType", ProductType.Name!),
                new("StartTime", DateTime), new("EndTime", DateTime), new("DataTagCode", String), new("ProductDescription", String),
                new("SessionLocationName", String), new("SessionLocationCode", String), new("RegistrantInformation", String),
                new("Status", S1 + "ProductStatus"), new("AutoCloseDate", DateTime), new("Capacity", Int), new("EnableWaitlist", Boolean),
                new("WaitlistCapacity", Int),
            ],
            Extends: CvObject.Name),
        CvObject,
        new XsdComplexType(S1 + "CustomFieldDetail", [],
            [new("FieldName", String), new("FieldType", String), new("FieldValue", String), new("FieldId", String)]),
        ProductType,
        new XsdEnumType(S1 + "ProductStatus", ["OpenForRegistration", "ClosedForRegistration", "Cancelled"]),
    ];

    private static readonly OperationContract CreateSession = BatchOperation(
        "CreateSession", [XsdParticle.Element("EventId", String), XsdParticle.Element("sessions", Tns + "ArrayOfSession")], SessionTypes);

    private static readonly OperationContract UpdateSession = BatchOperation(
        "UpdateSession", [XsdParticle.Element("EventId", String), XsdParticle.Element("sessions", Tns + "ArrayOfSession")], SessionTypes);

    private static readonly OperationContract DescribeGlobal = new(
        "DescribeGlobal",
        UsesSessionHeader: true,
        Wrapper("DescribeGlobal"),
        Wrapper("DescribeGlobalResponse", XsdParticle.Reference(S1 + "DescribeGlobalResult")),
        [new XsdElement(S1 + "DescribeGlobalResult", S1 + "DescribeGlobalResult")],
        [
            new XsdComplexType(S1 + "DescribeGlobalResult",
                [XsdParticle.Element("CvObjectTypes", String, maxOccurs: null), XsdParticle.Element("LookUps", S1 + "ArrayOfLookUp")],
                [new("MaxAPICalls", Int), new("CurrentAPICalls", Int), new("MaxBatchSize", Int), new("MaxRecordSet", Int)]),
            new XsdComplexType(S1 + "ArrayOfLookUp", [XsdParticle.Element("LookUp", S1 + "LookUp", maxOccurs: null)], []),
            new XsdComplexType(S1 + "LookUp",
                [XsdParticle.Element("Id", String), XsdParticle.Element("Name", String), XsdParticle.Element("Code", String)],
                [new("Type", String)]),
        ]);

    private static readonly OperationContract TransferInvitee = new(
        "TransferInvitee",
        UsesSessionHeader: true,
        Wrapper("TransferInvitee",
            XsdParticle.Element("ActivityType", S1 + "ActivityType", minOccurs: 1),
            XsdParticle.Element("ActivityId", String),
            XsdParticle.Element("TargetedListId", String),
            XsdParticle.Reference(S1 + "CvObjects")),
        Wrapper("TransferInviteeResponse", XsdParticle.Reference(S1 + "TransferInviteeResult")),
        [new XsdElement(S1 + "CvObjects", S1 + "CvObjectArray"), new XsdElement(S1 + "TransferInviteeResult", S1 + "TransferInviteeResultArray")],
        [
            new XsdEnumType(S1 + "ActivityType", ["Event", "Survey", "Campaigns"]),
            new XsdComplexType(S1 + "CvObjectArray", [XsdParticle.Element("CvObject", CvObject.Name!, maxOccurs: null)], []),
            CvObject,
            new XsdComplexType(S1 + "TransferInviteeResultArray",
                [XsdParticle.Element("TransferInviteeResult", S1 + "TransferInviteeResult", maxOccurs: null)], []),
            new XsdComplexType(S1 + "TransferInviteeResult",
                [XsdParticle.Element("WeblinkDetail", S1 + "WeblinkDetail", maxOccurs: null), XsdParticle.Element("Errors", ArrayOfError.Name!)],
                [new("Id", String), new("Success", Boolean), new("ReferenceId", String)]),
            new XsdComplexType(S1 + "WeblinkDetail", [], [new("Target", String), new("URL", String)]),
            ArrayOfError,
            Error,
        ]);

    /// <summary>
    /// <c>s1:Contact</c> as the contact calls take it: the served object type (generated from
    /// <see cref="ContactObject.Descriptor"/>) and its details, which are accepted and ignored on input.
    /// </summary>
    private static readonly XsdType[] ContactTypes =
    [
        new XsdComplexType(Tns + "ArrayOfContact", [XsdParticle.Element("Contact", S1 + "Contact", maxOccurs: null, nillable: true)], []),
        CvObject,
        .. ObjectTypes().Where(t => t.Name is { } name
            && (name == S1 + "Contact" || name == S1 + "CustomFieldDetail" || name == S1 + "ContactGroupDetail"
                || name == S1 + "DistributionListDetail" || name == S1 + "PrimaryAddressType")),
    ];

    private static readonly XsdAttribute[] ContactResultAttributes = [new("Id", String), new("ReferenceId", String), new("SourceId", String), new("Success", Boolean)];

    private static readonly OperationContract CreateContact = BatchOperation(
        "CreateContact", [XsdParticle.Element("Contacts", Tns + "ArrayOfContact")], ContactTypes, ContactResultAttributes);

    private static readonly OperationContract UpdateContact = BatchOperation(
        "UpdateContact", [XsdParticle.Element("Contacts", Tns + "ArrayOfContact")], ContactTypes, ContactResultAttributes);

    private static readonly OperationContract UpsertContact = BatchOperation(
        "UpsertContact", [XsdParticle.Element("Contacts", Tns + "ArrayOfContact")], ContactTypes, [.. ContactResultAttributes, new("NewContact", Boolean)]);

    private static readonly OperationContract DeleteContact = BatchOperation(
        "DeleteContact", [XsdParticle.Element("CvObjects", TnsArrayOfCvObject.Name!)], [TnsArrayOfCvObject, CvObject], ContactResultAttributes);

    private static readonly Dictionary<string, OperationContract> Described = ((OperationContract[])
    [
        Login, SessionRegAction, SimpleEventRegistration, CheckIn, ValidateInvitee, CreateSession, UpdateSession, DescribeGlobal, TransferInvitee,
        CreateContact, UpdateContact, UpsertContact, DeleteContact,
        .. ObjectOperations(),
    ]).ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The contract of a V200611 operation: the real one where described, open content otherwise.</summary>
    public static OperationContract Of(string operation) =>
        Described.TryGetValue(operation, out var contract) ? contract : Open(operation);

    private static OperationContract Open(string operation)
    {
        var open = new XsdComplexType(null, [], [], AnyAttribute: true, OpenContent: true);
        return new OperationContract(operation, UsesSessionHeader: true,
            new XsdElement(Tns + operation, null, open), new XsdElement(Tns + (operation + "Response"), null, open), [], []);
    }

    /// <summary>
    /// An operation answering the usual result array: <c>XResponse</c> → <c>s1:XResult</c> (type <c>XResultArray</c>) →
    /// items <c>XResult</c> with <c>Id</c>, <c>ReferenceId</c>, <c>Success</c> and <c>Errors</c>.
    /// </summary>
    private static OperationContract BatchOperation(
        string name, XsdParticle[] request, IEnumerable<XsdType> requestTypes, IReadOnlyList<XsdAttribute>? resultAttributes = null)
    {
        var result = S1 + (name + "Result");
        var array = S1 + (name + "ResultArray");
        return new OperationContract(
            name,
            UsesSessionHeader: true,
            Wrapper(name, request),
            Wrapper(name + "Response", XsdParticle.Reference(result)),
            [new XsdElement(result, array)],
            [
                .. requestTypes,
                new XsdComplexType(array, [XsdParticle.Element(name + "Result", result, maxOccurs: null)], []),
                new XsdComplexType(result, [XsdParticle.Element("Errors", ArrayOfError.Name!)],
                    resultAttributes ?? [new("Id", String), new("ReferenceId", String), new("Success", Boolean)]),
                ArrayOfError,
                Error,
            ]);
    }

    private static XsdElement Wrapper(string name, params XsdParticle[] sequence) =>
        new(Tns + name, null, new XsdComplexType(null, sequence, []));
}
