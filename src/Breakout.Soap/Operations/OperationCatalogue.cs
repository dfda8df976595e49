using System.Collections.Frozen;
using Breakout.Soap.Wsdl;

namespace Breakout.Soap.Operations;

/// <summary>
/// Every operation of V200611 (the 51 of the WSDL's portType) and, for those Breakout implements, the handler.
/// Dispatch, the operation list and the help pages all read this one list.
/// </summary>
public sealed class OperationCatalogue
{
    /// <summary>The V200611 portType, alphabetical.</summary>
    public static IReadOnlyList<string> AllOperationNames { get; } =
    [
        "AddAdvancedLogic", "CheckIn", "CopyEvent", "CreateApprover", "CreateBudgetItem", "CreateContact", "CreateContactGroup",
        "CreateConversionRate", "CreateCustomField", "CreateDistributionList", "CreateMeetingRequest", "CreateNoRegEvent",
        "CreatePostEventFeedback", "CreateRateHistory", "CreateRFP", "CreateSession", "CreateSurveyAnswer", "CreateTransaction",
        "CreateUser", "DeleteApprover", "DeleteBudgetItem", "DeleteContact", "DeleteConversionRate", "DeleteRateHistory", "DeleteUser",
        "DescribeCvObject", "DescribeGlobal", "GetDeleted", "GetUpdated", "Login", "ManageContactGroupMembers",
        "ManageDistributionListMembers", "ManageUserGroup", "Retrieve", "Search", "SendEmail", "SessionRegAction",
        "SimpleEventRegistration", "TransferInvitee", "UpdateApprover", "UpdateContact", "UpdateCustomField", "UpdateEventParameters",
        "UpdateGuestInfo", "UpdateInviteeInternalInfo", "UpdateMeetingRequest", "UpdateRegistrationType", "UpdateSession", "UpdateUser",
        "UpsertContact", "ValidateInvitee",
    ];

    private static readonly FrozenSet<string> OperationNames = AllOperationNames.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, IOperation> implemented;

    public OperationCatalogue(IEnumerable<IOperation> operations)
    {
        implemented = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
        var unknown = implemented.Keys.Except(AllOperationNames).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Not V200611 operations: {string.Join(", ", unknown)}", nameof(operations));
        }
    }

    public IReadOnlyCollection<IOperation> Implemented => implemented.Values;

    /// <summary>The wire contract of an operation (its WSDL declarations and help-page samples), as Cvent declares it.</summary>
    public static OperationContract ContractOf(string name) => OperationContracts.Of(name);

    public static bool IsOperation(string name) => OperationNames.Contains(name);

    /// <summary>The handler of an implemented operation, or null (unknown, or declared but not supported).</summary>
    public IOperation? Find(string name) => implemented.GetValueOrDefault(name);
}
