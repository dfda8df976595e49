using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Users;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// ManageUserGroup: adds up to 200 planner users (<c>CvObjects/CvObject</c>) to the user group <c>GroupId</c>, or
/// removes them (<c>Action</c> Add or Remove); one result per user, in order, its <c>Id</c> the user's.
/// </summary>
public sealed class ManageUserGroupOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(bool Add, string? GroupId, IReadOnlyList<ObjectItem> Items, int Count);

    private enum ManageGroupAction
    {
        Add,
        Remove,
    }

    public string Name => "ManageUserGroup";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var read = ManageRequest.Read(reader, "GroupId");
        return new Request(BatchReading.Enum<ManageGroupAction>(read.Action, "Action") == ManageGroupAction.Add, read.GroupId, read.Items, read.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count, CventErrors.ExceedManageUserGroupLimit);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item, ("GroupId", call.GroupId), ("Action", call.Add ? "Add" : "Remove")),
            items => store.ManageUserGroupAsync(
                new ManageUserGroupCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.GroupId, call.Add, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, Name + "Result", results);
    }
}
