using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Lists;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// ManageContactGroupMembers (<c>Action</c> Add or Remove, <c>GroupId</c>) and ManageDistributionListMembers
/// (<c>Action</c> Add, Add as Pending or Remove, <c>DistListId</c>), one class for two catalogue entries: up to 200
/// contacts as <c>CvObjects/CvObject</c>, one result per contact in order, its <c>Id</c> the contact's. An
/// <c>Action</c> outside the enumeration fails the call: CV80105 for contact groups (Cvent's "Invalid action"), the
/// usual invalid-request fault for distribution lists, for which Cvent documents no code.
/// </summary>
public sealed class ManageListMembersOperation(IBreakoutStore store, CvObjectType listType) : IBatchOperation
{
    private sealed record Request(ListMemberAction Action, string? ListId, IReadOnlyList<ObjectItem> Items, int Count);

    private bool IsGroup => listType == CvObjectType.ContactGroup;

    public string Name => IsGroup ? "ManageContactGroupMembers" : "ManageDistributionListMembers";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var read = ManageRequest.Read(reader, IsGroup ? "GroupId" : "DistListId");
        return new Request(ParseAction(read.Action), read.GroupId, read.Items, read.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count, IsGroup ? CventErrors.ExceedManageContactGroupMembersLimit : null);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item, (IsGroup ? "GroupId" : "DistListId", call.ListId), ("Action", call.Action.ToString())),
            items => store.ManageListMembersAsync(
                new ManageListMembersCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, listType, call.ListId, call.Action, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, IsGroup ? "ManageContactGroupResult" : "ManageDistributionListResult", results);
    }

    /// <summary>The schema's enumeration, exactly (case-sensitive, as XmlSerializer reads it).</summary>
    private ListMemberAction ParseAction(string? text)
    {
        switch (text?.Trim())
        {
            case "Add":
                return ListMemberAction.Add;
            case "Remove":
                return ListMemberAction.Remove;
            case "Add as Pending" when !IsGroup:
                return ListMemberAction.AddAsPending;
        }

        var allowed = IsGroup ? "Add or Remove" : "Add, Add as Pending or Remove";
        var detail = text is null ? $"Action is required ({allowed})." : $"Action '{text}' is not valid; use {allowed}.";
        throw IsGroup ? new SoapFaultException(CventErrors.InvalidGroupAction, detail) : SoapFaultException.InvalidRequest(detail);
    }
}
