using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Lists;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateContactGroup (<c>ContactGroups/ContactGroup</c>) and CreateDistributionList
/// (<c>DistributionLists/DistributionList</c>), one class for two catalogue entries: up to 200 lists whose fields are
/// attributes; each gets a new ID, and a name another list of the account has is refused. Attributes that are not
/// fields of the type, and <c>Id</c> (the call assigns it), are ignored.
/// </summary>
public sealed class CreateListsOperation(IBreakoutStore store, CvObjectType listType) : IBatchOperation
{
    private sealed record Request(IReadOnlyList<ListInput> Lists, int Count);

    private CvObjectDescriptor Type => listType == CvObjectType.ContactGroup ? ContactGroupObject.Descriptor : DistributionListObject.Descriptor;

    public string Name => "Create" + listType;

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (lists, count) = BatchReading.ReadWrappedArray(reader, listType + "s", listType.ToString(), ReadList);
        return new Request(lists, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, listType.ToString(), call.Count,
            listType == CvObjectType.ContactGroup ? CventErrors.ExceedCreateContactGroupLimit : null);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Lists,
            list => InjectedItemErrors.Fields(null, list.MessageId, list.Attributes),
            lists => store.CreateListsAsync(new CreateListsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, listType, lists), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, Name + "Result", results, successBeforeReference: true);
    }

    private ListInput ReadList(XmlReader reader)
    {
        var (_, messageId, attributes) = ItemAttributes.Read(reader, name => Type.Field(name) is not null);
        reader.Skip();
        return new ListInput(messageId, attributes);
    }
}
