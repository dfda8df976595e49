using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CheckIn: marks invitees or guests as attending the event or a session (or undoes it). A session check-in needs a
/// session registration (CV97102). <c>SendPlannerAlert</c> is accepted and ignored: Breakout sends no e-mail.
/// </summary>
public sealed class CheckInOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(ProductType AttendeeType, string? ProductId, bool Undo, IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "CheckIn";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? attendeeType = null, productId = null, undo = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvObjects"))
            {
                items = BatchReading.ReadItems(child, "CvObject");
            }
            else if (child.IsContractElement("AttendeeType"))
            {
                attendeeType = child.ReadText();
            }
            else if (child.IsContractElement("ProductId"))
            {
                productId = child.ReadText();
            }
            else if (child.IsContractElement("UndoCheckIn"))
            {
                undo = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(BatchReading.Enum<ProductType>(attendeeType, "AttendeeType"), productId, BatchReading.Boolean(undo, "UndoCheckIn"), items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item.Id, item.ConfirmationNumber, item.MessageId,
                ("ProductId", call.ProductId), ("AttendeeType", call.AttendeeType.ToString())),
            items => store.CheckInAsync(
                new CheckInCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.AttendeeType, call.ProductId, call.Undo, items), cancellationToken),
            (item, error) => new ItemResult(CventId.Echo(item.Id), InjectedItemErrors.Reference(item.MessageId), error));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }
}
