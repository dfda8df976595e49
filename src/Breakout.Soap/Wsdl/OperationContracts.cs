using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The contracts of V200611 as Breakout declares them: all 51 operations and every element and type of Cvent's
/// WSDL, structurally identical (names, namespaces, occurrence, enumerations, defaults) and in the same order, so that
/// a proxy generated from Breakout's WSDL is the proxy generated from Cvent's (Apache Axis 1.4's WSDL2Java, JAX-WS and
/// svcutil all generate from every operation, implemented or not). Operations Breakout does not implement are declared
/// all the same and answer <c>BO10001</c>. The declarations are data, split by concern into partial files; the types
/// Breakout serves come from the object catalogue (<see cref="Served"/>). A test holds the whole served WSDL against
/// Cvent's.
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
    private static readonly XName Integer = S + "integer";
    private static readonly XName Long = S + "long";
    private static readonly XName Decimal = S + "decimal";
    private static readonly XName Double = S + "double";

    /// <summary>The operations in the order of Cvent's portType (and of its messages and bindings).</summary>
    public static IReadOnlyList<string> PortTypeOrder { get; } =
    [
        "CreateSession", "UpdateSession", "UpdateEventParameters", "CreateMeetingRequest", "UpdateMeetingRequest", "CreateCustomField",
        "UpdateCustomField", "AddAdvancedLogic", "UpdateRegistrationType", "UpdateGuestInfo", "Retrieve", "GetUpdated", "GetDeleted",
        "Search", "DescribeGlobal", "DescribeCvObject", "Login", "CreateContact", "UpdateContact", "UpsertContact",
        "UpdateInviteeInternalInfo", "DeleteContact", "ManageContactGroupMembers", "ManageDistributionListMembers", "CreateContactGroup",
        "CreateDistributionList", "CreateApprover", "DeleteApprover", "UpdateApprover", "CreateBudgetItem", "DeleteBudgetItem",
        "TransferInvitee", "CheckIn", "SimpleEventRegistration", "SendEmail", "CreateUser", "CreateSurveyAnswer", "CreatePostEventFeedback",
        "UpdateUser", "DeleteUser", "ManageUserGroup", "CreateNoRegEvent", "CopyEvent", "CreateRateHistory", "DeleteRateHistory",
        "CreateTransaction", "CreateRFP", "ValidateInvitee", "SessionRegAction", "CreateConversionRate", "DeleteConversionRate",
    ];

    private static readonly Lazy<SchemaIndex> Index = new(() => new SchemaIndex(Declarations()));

    private static readonly Lazy<Dictionary<string, OperationContract>> Contracts = new(() => PortTypeOrder.ToDictionary(
        name => name,
        name => new OperationContract(
            name,
            UsesSessionHeader: name != "Login",
            Index.Value.Element(Tns + name),
            Index.Value.Element(Tns + (name + "Response"))),
        StringComparer.Ordinal));

    /// <summary>Every contract, in portType order.</summary>
    public static IEnumerable<OperationContract> All => PortTypeOrder.Select(Of);

    /// <summary><c>tns:CventSessionHeader</c>, the header element every operation but Login binds.</summary>
    public static XsdElement SessionHeaderElement => Index.Value.Element(Tns + "CventSessionHeader");

    /// <summary>Both schemas: every global element and named type, in the order of Cvent's WSDL.</summary>
    internal static SchemaIndex Schema => Index.Value;

    /// <summary>The contract of a V200611 operation.</summary>
    public static OperationContract Of(string operation) =>
        Contracts.Value.TryGetValue(operation, out var contract) ? contract : throw new KeyNotFoundException($"No V200611 operation {operation}.");

    /// <summary>
    /// Every declaration in the order of Cvent's WSDL. Per schema that order is ASMX's: tns has each operation's
    /// wrappers in portType order; s1 starts with <c>CvObject</c> and every type derived from it (ASMX exports them all
    /// where it first meets <c>CvObject</c>), then each operation's results.
    /// </summary>
    private static IEnumerable<XsdDeclaration> Declarations() =>
    [
        .. Messages(), .. ContactsAndUsers(), .. MeetingRequests(), .. CustomFieldsAndSurveys(), .. Rfps(), .. Proposals(), .. Events(),
        .. SessionsAndLists(), .. Results(),
    ];

    private static XsdElement Wrapper(string name, params XsdParticle[] sequence) => new(Tns + name, null, new XsdComplexType(null, sequence, []));

    private static XsdElement Global(XName name, XName type) => new(name, type);

    private static XsdComplexType Complex(XName name, XsdParticle[] sequence, string attributes = "", XName? extends = null) =>
        FromCatalogue(new(name, sequence, XsdAttribute.List(attributes), extends));

    /// <summary>A type whose only content is one repeated element (<c>ArrayOfX</c>, <c>XResultArray</c>).</summary>
    private static XsdComplexType Array(XName name, XsdParticle item) => new(name, [item], []);

    private static XsdEnumType Enumeration(XName name, params string[] values) => new(name, values);

    private static XsdParticle Optional(string name, XName type) => XsdParticle.Element(name, type);

    private static XsdParticle Required(string name, XName type, bool nillable = false) => XsdParticle.Element(name, type, minOccurs: 1, nillable: nillable);

    private static XsdParticle Many(string name, XName type, bool nillable = false) => XsdParticle.Element(name, type, maxOccurs: null, nillable: nillable);

    /// <summary>A repeated element named after its s1 type, as detail lists are (<c>CustomFieldDetail</c>).</summary>
    private static XsdParticle Details(string element) => Many(element, S1 + element);

    private static XsdParticle Ref(XName element, int minOccurs = 0, int? maxOccurs = 1) => XsdParticle.Reference(element, minOccurs, maxOccurs);
}
