using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>DeleteContact: up to 200 contact IDs as <c>CvObjects/CvObject</c>; a deleted contact is gone for every other call.</summary>
public sealed class DeleteContactOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "DeleteContact";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (items, count) = BatchReading.ReadWrappedArray(reader, "CvObjects", "CvObject", BatchReading.ReadObjectItem);
        return new Request(items, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item),
            items => store.DeleteContactsAsync(new DeleteContactsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, items), cancellationToken),
            (item, error) => new ContactItemResult(CventId.Echo(item.Id), InjectedItemErrors.Reference(item.MessageId), null, error));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.WriteContactResults(writer, Name, results, withNewContact: false);
    }
}
