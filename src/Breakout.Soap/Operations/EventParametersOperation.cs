using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateNoRegEvent, UpdateEventParameters and CopyEvent (one class, three catalogue entries): an array of up to 200
/// <c>EventParameters</c> (in the wrapper element <c>EventParameters</c>, or <c>eventParams</c> for
/// UpdateEventParameters, as the WSDL names them), and for CopyEvent the <c>EventId</c> of the event to copy. Each item
/// answers a result with the new or changed event's ID. An empty call faults with CV20018; more than 200 items with
/// Cvent's limit code of the call (CV30111 CreateNoRegEvent, CV30117 CopyEvent, CV20021 UpdateEventParameters).
/// </summary>
public sealed class EventParametersOperation(IBreakoutStore store, EventParametersOperation.Kind kind) : IBatchOperation
{
    /// <summary>Which of the three calls.</summary>
    public enum Kind
    {
        CreateNoRegEvent,
        UpdateEventParameters,
        CopyEvent,
    }

    private sealed record Request(string? EventId, IReadOnlyList<EventParameters> Items, int Count);

    public string Name => kind.ToString();

    public bool RequiresSession => true;

    private string ArrayName => kind == Kind.UpdateEventParameters ? "eventParams" : "EventParameters";

    public object ReadRequest(XmlReader reader)
    {
        string? eventId = null;
        (List<EventParameters> Items, int Count) items = ([], 0);
        reader.ReadChildren(child =>
        {
            if (kind == Kind.CopyEvent && child.IsContractElement("EventId"))
            {
                eventId = child.ReadText();
            }
            else if (child.IsContractElement(ArrayName))
            {
                items = BatchReading.ReadArray(child, "EventParameters", ReadItem);
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(eventId, items.Items, items.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "EventParameters", call.Count, kind switch
        {
            Kind.CopyEvent => CventErrors.CopyEventLimit,
            Kind.CreateNoRegEvent => CventErrors.CreateNoRegEventLimit,
            _ => null,
        });
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Items,
            item => InjectedItemErrors.Fields(item.Id, item.MessageId, item.Values, ("EventId", call.EventId)),
            items =>
            {
                var command = new EventParametersCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, items, call.EventId);
                return kind switch
                {
                    Kind.CreateNoRegEvent => store.CreateNoRegEventsAsync(command, cancellationToken),
                    Kind.UpdateEventParameters => store.UpdateEventParametersAsync(command, cancellationToken),
                    _ => store.CopyEventAsync(command, cancellationToken),
                };
            });
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }

    /// <summary>One <c>EventParameters</c>: its attributes as sent (values are checked by the store's rules) and custom fields.</summary>
    private static EventParameters ReadItem(XmlReader reader)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in EventParameterFields.All)
        {
            if (reader.Attribute(field.Name) is { } value)
            {
                values[field.Name] = value;
            }
        }

        var id = reader.Attribute("Id");
        var messageId = reader.Attribute("MessageId");
        var customFields = new List<EventCustomFieldValue>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CustomFieldDetail"))
            {
                customFields.Add(new EventCustomFieldValue(
                    child.Attribute("FieldId"), child.Attribute("FieldName"), child.Attribute("FieldType"), child.Attribute("FieldValue")));
            }

            child.Skip();
        });
        return new EventParameters(id, messageId, values, customFields);
    }
}
