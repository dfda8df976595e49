using System.ServiceModel;

namespace Interop.Tests.Wcf;

/// <summary>
/// A hand-written WCF contract for the operations the interop scenario calls, as svcutil would generate it from the
/// WSDL: XmlSerializer format, document/literal wrapped message contracts, the session as a message header.
/// </summary>
[ServiceContract(Namespace = CventNamespaces.Tns, Name = "V200611Soap")]
[XmlSerializerFormat(SupportFaults = true)]
public interface IV200611Soap
{
    [OperationContract(Action = CventNamespaces.Tns + "/Login", ReplyAction = "*")]
    Task<LoginResponse> LoginAsync(LoginRequest request);

    [OperationContract(Action = CventNamespaces.Tns + "/SessionRegAction", ReplyAction = "*")]
    Task<SessionRegActionResponse> SessionRegActionAsync(SessionRegActionRequest request);

    [OperationContract(Action = CventNamespaces.Tns + "/ValidateInvitee", ReplyAction = "*")]
    Task<ValidateInviteeResponse> ValidateInviteeAsync(ValidateInviteeRequest request);

    [OperationContract(Action = CventNamespaces.Tns + "/Retrieve", ReplyAction = "*")]
    Task<RetrieveResponse> RetrieveAsync(RetrieveRequest request);

    [OperationContract(Action = CventNamespaces.Tns + "/Search", ReplyAction = "*")]
    Task<SearchResponse> SearchAsync(SearchRequest request);

    [OperationContract(Action = CventNamespaces.Tns + "/ManageDistributionListMembers", ReplyAction = "*")]
    Task<ManageDistributionListMembersResponse> ManageDistributionListMembersAsync(ManageDistributionListMembersRequest request); // #18
    [OperationContract(Action = CventNamespaces.Tns + "/CopyEvent", ReplyAction = "*")] // #18 events
    Task<CopyEventResponse> CopyEventAsync(CopyEventRequest request);
    [OperationContract(Action = CventNamespaces.Tns + "/CreateTransaction", ReplyAction = "*")]
    Task<CreateTransactionResponse> CreateTransactionAsync(CreateTransactionRequest request);
}
