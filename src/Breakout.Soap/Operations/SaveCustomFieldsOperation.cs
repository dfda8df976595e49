using System.Xml;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// CreateCustomField and UpdateCustomField (one class, two catalogue entries): up to 200 <c>EntityCustomField</c>
/// definitions, attributes as in the WSDL, choices as <c>FieldChoices/FieldChoiceText</c> children. CreateCustomField's
/// <c>CustomFieldCategory</c> is a required schema enumeration, so a missing or unknown value faults the call, as
/// XmlSerializer does.
/// </summary>
public sealed class SaveCustomFieldsOperation(IBreakoutStore store, bool create) : IBatchOperation
{
    private sealed record Request(string? Category, IReadOnlyList<CustomFieldInput> Fields, int Count);

    public string Name => create ? "CreateCustomField" : "UpdateCustomField";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? category = null;
        (List<CustomFieldInput> Items, int Count) fields = ([], 0);
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("CustomFieldCategory"))
            {
                category = child.ReadText();
            }
            else if (child.IsContractElement("CustomFields"))
            {
                fields = BatchReading.ReadArray(child, "EntityCustomField", ReadField);
            }
            else
            {
                child.Skip();
            }
        });

        if (create && !EntityCustomFieldObject.Categories.Contains(category?.Trim() ?? "", StringComparer.Ordinal))
        {
            throw SoapFaultException.InvalidRequest(category is null
                ? $"CustomFieldCategory is required ({string.Join(", ", EntityCustomFieldObject.Categories)})."
                : $"CustomFieldCategory '{category}' is not valid; use one of {string.Join(", ", EntityCustomFieldObject.Categories)}.");
        }

        return new Request(category?.Trim(), fields.Items, fields.Count);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        BatchReading.CheckCount(Name, "EntityCustomField", call.Count);
        var caller = context.Caller!;
        var results = await InjectedItemErrors.RunAsync(
            context,
            call.Fields,
            field => InjectedItemErrors.Fields(field.Id, field.MessageId, field.Attributes, ("CustomFieldCategory", call.Category)),
            fields => store.SaveCustomFieldsAsync(
                new SaveCustomFieldsCommand(caller.AccountKey, caller.ApiUserKey, context.CallId, create, call.Category, fields), cancellationToken));
        context.Call?.Items(results, r => r.Success, r => r.Error); // observability
        return writer => ResultArrayWriter.Write(writer, Name, results.Select(r => (r.Id, r.ReferenceId, r.Success, r.Error)));
    }

    private static CustomFieldInput ReadField(XmlReader reader)
    {
        var (id, messageId, attributes) = EventBatchReading.ItemAttributes(reader, EntityCustomFieldObject.Descriptor);
        List<string>? choices = null;
        reader.ReadChildren(child =>
        {
            if (!child.IsContractElement("FieldChoices"))
            {
                child.Skip();
                return;
            }

            choices ??= [];
            child.ReadChildren(text =>
            {
                if (text.IsContractElement("FieldChoiceText"))
                {
                    choices.Add(text.ReadText());
                }
                else
                {
                    text.Skip();
                }
            });
        });
        return new CustomFieldInput(id, messageId, attributes, choices);
    }
}
