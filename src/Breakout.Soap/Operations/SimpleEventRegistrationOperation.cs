using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// SimpleEventRegistration: Register, Decline, Waitlist or Cancel invitees of an event (how invitees reach Accepted,
/// the precondition of SessionRegAction). Cancelling frees the invitee's and their guests' session seats.
/// </summary>
public sealed class SimpleEventRegistrationOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(RegistrationAction Action, string? EventId, IReadOnlyList<ObjectItem> Items, int Count);

    public string Name => "SimpleEventRegistration";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? action = null, eventId = null;
        (List<ObjectItem> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CvObjects"))
            {
                items = BatchReading.ReadItems(child, "CvObject");
            }
            else if (child.IsContractElement("RegAction"))
            {
                action = child.ReadText();
            }
            else if (child.IsContractElement("EventId"))
            {
                eventId = child.ReadText();
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(BatchReading.Enum<RegistrationAction>(action, "RegAction"), eventId, items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "CvObject", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item, ("EventId", call.EventId), ("RegAction", call.Action.ToString())),
            items => store.SimpleEventRegistrationAsync(
                new EventRegistrationCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.Action, call.EventId, items), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }
}
