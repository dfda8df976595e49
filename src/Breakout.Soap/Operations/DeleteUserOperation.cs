using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Users;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>DeleteUser: up to 200 planner user IDs as <c>CvObjects/CvObject</c>; a deleted user is gone for every other call and seen by GetDeleted.</summary>
public sealed class DeleteUserOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "DeleteUser";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (items, count) = BatchReading.ReadWrappedArray(reader, "CvObjects", "CvObject", BatchReading.ReadObjectItem);
        return new Request(items, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count, CventErrors.ExceedDeleteUserLimit);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item),
            items => store.DeleteUsersAsync(new DeleteUsersCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, Name + "Result", results);
    }
}
