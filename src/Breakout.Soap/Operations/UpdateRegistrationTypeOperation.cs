using System.Xml;
using Breakout.Domain.Invitees;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// UpdateRegistrationType: up to 200 <c>Registration</c> objects of one event, each naming the invitee (<c>Id</c>,
/// else <c>InviteeId</c>) and the registration type it is to hold (<c>RegistrationTypeCode</c>, else
/// <c>RegistrationType</c>); other Registration attributes and details are ignored. Answers
/// <c>UpdateRegistrationTypeResult</c> of <c>UpdateRegTypeResult</c> items (WSDL).
/// </summary>
public sealed class UpdateRegistrationTypeOperation(IBreakoutStore store) : IBatchOperation
{
    private sealed record Request(string? EventId, IReadOnlyList<RegistrationTypeInput> Registrations, int Count);

    public string Name => "UpdateRegistrationType";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (eventId, items, count) = EventBatchReading.Read(reader, "Registrations", "Registration", item =>
        {
            var id = item.Attribute("Id");
            var input = new RegistrationTypeInput(string.IsNullOrWhiteSpace(id) ? item.Attribute("InviteeId") : id, item.Attribute("MessageId"),
                item.Attribute("RegistrationType"), item.Attribute("RegistrationTypeCode"));
            item.Skip();
            return input;
        });
        return new Request(eventId, items, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "Registration", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Registrations,
            registration => InjectedItemErrors.Fields(registration.Id, null, registration.MessageId,
                ("InviteeId", registration.Id), ("RegistrationType", registration.Name), ("RegistrationTypeCode", registration.Code), ("EventId", call.EventId)),
            registrations => store.UpdateRegistrationTypesAsync(
                new UpdateRegistrationTypesCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, call.EventId, registrations), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, "UpdateRegTypeResult", results);
    }
}
