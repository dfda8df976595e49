using System.Xml;
using Breakout.Domain.Invitees;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// UpdateGuestInfo: up to 200 <c>Guest</c> objects of one event; the guest's writable attributes and its
/// <c>CustomFieldDetail</c> values. Answers <c>UpdateGuestInfoResult</c> of <c>UpdateGuestResult</c> items (WSDL).
/// </summary>
public sealed class UpdateGuestInfoOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(string? EventId, IReadOnlyList<GuestInput> Guests, int Count);

    public string Name => "UpdateGuestInfo";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (eventId, guests, count) = EventBatchReading.Read(reader, "Guests", "Guest", ReadGuest);
        return new Request(eventId, guests, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "Guest", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Guests,
            guest => InjectedItemErrors.Fields(guest.Id, guest.MessageId, guest.Attributes, ("EventId", call.EventId)),
            guests => store.UpdateGuestsAsync(new UpdateGuestsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.EventId, guests), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, "UpdateGuestResult", results);
    }

    private static GuestInput ReadGuest(XmlReader reader)
    {
        var (id, messageId, attributes) = EventBatchReading.ItemAttributes(reader, GuestObject.Descriptor);
        return new GuestInput(id, messageId, attributes, CustomFieldDetailReading.ReadChildren(reader));
    }
}
