using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Users;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// ManageUserGroup: adds up to 200 planner users (<c>CvObjects/CvObject</c>) to the user group <c>GroupId</c>, or
/// removes them (<c>Action</c> Add or Remove); one result per user, in order, its <c>Id</c> the user's.
/// </summary>
public sealed class ManageUserGroupOperation(IBreakoutStore store) : IOperation
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
        string? action = null, groupId = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvObjects"))
            {
                items = BatchReading.ReadItems(child, "CvObject");
            }
            else if (child.IsContractElement("Action"))
            {
                action = child.ReadText();
            }
            else if (child.IsContractElement("GroupId"))
            {
                groupId = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(BatchReading.Enum<ManageGroupAction>(action, "Action") == ManageGroupAction.Add, groupId, items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        ItemResultWriter.CheckCount(Name, "CvObject", call.Count, CventErrors.ExceedManageUserGroupLimit);
        var caller = context.Caller!;
        var results = await store.ManageUserGroupAsync(
            new ManageUserGroupCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.GroupId, call.Add, call.Items), cancellationToken);
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ItemResultWriter.Write(writer, Name, Name + "Result", results);
    }
}
