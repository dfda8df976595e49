using System.Xml;
using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateContact, UpdateContact and UpsertContact (one class, three catalogue entries): up to 200 <c>Contact</c>
/// objects whose scalar fields are attributes. Attributes that are not Contact fields are ignored, as ASMX's
/// serializer ignores them. <c>CustomFieldDetail</c> children set the contact's values of the account's contact custom
/// fields (checked against each field's type and choices); <c>ContactGroupDetail</c> and <c>DistributionListDetail</c>
/// children are accepted and ignored: memberships change with the Manage…Members calls, and Retrieve returns them.
/// </summary>
public sealed class SaveContactsOperation(IBreakoutStore store, ContactWriteMode mode) : IBatchOperation
{
    private sealed record Request(IReadOnlyList<ContactInput> Contacts, int Count);

    public string Name => mode + "Contact";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        var (contacts, count) = BatchReading.ReadWrappedArray(reader, "Contacts", "Contact", ReadContact);
        return new Request(contacts, count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "Contact", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Contacts,
            contact => InjectedItemErrors.Fields(contact.Id, contact.MessageId, contact.Attributes),
            contacts => store.SaveContactsAsync(
                new SaveContactsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, mode, contacts), cancellationToken),
            (contact, error) => new ContactItemResult(CventId.Echo(contact.Id), InjectedItemErrors.Reference(contact.MessageId), null, error));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.WriteContactResults(writer, Name, results, withNewContact: mode == ContactWriteMode.Upsert);
    }

    private static ContactInput ReadContact(XmlReader reader)
    {
        string? id = null, messageId = null;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI.Length > 0)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "Id":
                    id = reader.Value;
                    break;
                case "MessageId":
                    messageId = reader.Value;
                    break;
                case var name when ContactObject.Descriptor.Field(name) is not null:
                    attributes[name] = reader.Value;
                    break;
            }
        }

        reader.MoveToElement();
        return new ContactInput(id, messageId, attributes) { CustomFields = CustomFieldDetailReading.ReadChildren(reader) };
    }
}
