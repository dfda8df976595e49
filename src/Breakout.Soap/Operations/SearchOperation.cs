using System.Xml;
using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Soap.Operations;

/// <summary>
/// Search: the IDs of a served type matching <c>CvSearchObject</c>'s filters, all of them (AndSearch, also when
/// <c>SearchType</c> is missing, as PHP clients send it) or any (OrSearch); no filter returns every ID. IDs come in
/// ascending order. Whole-call faults: more than 256 filters or a bad filter CV20010, a bad operator CV20015, more
/// than 25,000 results CV20012. A filter is checked by <see cref="CvSearchRules"/>. On Contact, a filter's field may be
/// <c>CustomContactField:&lt;FieldId&gt;</c> (Cvent's Search page), a contact custom field's value (CV20016 otherwise).
/// </summary>
public sealed class SearchOperation(IBreakoutStore store, CvObjectLimits limits) : IOperation
{
    private sealed record Filter(string? Field, string? Operator, string? Value, List<string> ValueArray);

    private sealed record Request(string? ObjectType, string? SearchType, List<Filter> Filters);

    public string Name => "Search";

    public bool RequiresSession => true;

    public object ReadRequest(XmlReader reader)
    {
        string? objectType = null, searchType = null;
        var filters = new List<Filter>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("ObjectType"))
            {
                objectType = child.ReadText();
            }
            else if (child.IsContractElement("CvSearchObject"))
            {
                searchType = child.Attribute("SearchType");
                child.ReadChildren(filter =>
                {
                    // Count every filter, but keep no more than the limit (the call fails beyond it anyway).
                    if (filter.IsContractElement("Filter") && filters.Count <= CvObjectLimits.MaxFilters)
                    {
                        filters.Add(ReadFilter(filter));
                    }
                    else
                    {
                        filter.Skip();
                    }
                });
            }
            else
            {
                child.Skip();
            }
        });
        return new Request(objectType, searchType, filters);
    }

    public async Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken)
    {
        var call = (Request)request;
        var type = CvObjectReading.ServedType(call.ObjectType);
        var matchAny = call.SearchType?.Trim() switch
        {
            null or "" or "AndSearch" => false,
            "OrSearch" => true,
            _ => throw SoapFaultException.InvalidRequest($"SearchType '{call.SearchType}' is not valid; use AndSearch or OrSearch."),
        };
        if (call.Filters.Count > CvObjectLimits.MaxFilters)
        {
            throw new SoapFaultException(CventErrors.InvalidSearchFilter, $"Search takes at most {CvObjectLimits.MaxFilters} filters.");
        }

        var filters = new List<CvFilter>(call.Filters.Count);
        IReadOnlyList<CustomFieldDefinition>? contactFields = null;
        foreach (var filter in call.Filters)
        {
            var filterType = type;
            if (type.Type == CvObjectType.Contact && CustomFieldSearch.IsContactField(filter.Field))
            {
                contactFields ??= await store.ListCustomFieldsAsync(context.Caller!.AccountKey, "ContactCustomField", cancellationToken);
                filterType = CustomFieldSearch.TryParse(filter.Field, out var fieldId) && contactFields.Any(f => f.Id == fieldId)
                    ? CustomFieldSearch.FilterType(fieldId)
                    : throw new SoapFaultException(CventErrors.InvalidCustomContactFieldFilter,
                        $"'{filter.Field}' names no contact custom field of this account; use {CustomFieldSearch.ContactPrefix}<FieldId>.");
            }

            var checkedFilter = CvSearchRules.Check(filterType, filter.Field, filter.Operator, filter.Value, filter.ValueArray, out var error);
            filters.Add(checkedFilter ?? throw new SoapFaultException(error!, error!.Description));
        }

        var ids = await store.SearchAsync(context.Caller!.AccountKey, new CvSearch(type, matchAny, filters), limits.MaxSearchResults + 1, cancellationToken);
        if (ids.Count > limits.MaxSearchResults)
        {
            throw new SoapFaultException(CventErrors.TooManyIdsReturned,
                $"The search matches more than {limits.MaxSearchResults} IDs; narrow it with more filters.");
        }

        return writer => CvObjectWriter.WriteIds(writer, Name, ids);
    }

    private static Filter ReadFilter(XmlReader reader)
    {
        string? field = null, op = null, value = null;
        var values = new List<string>();
        reader.ReadChildren(child =>
        {
            if (child.IsContractElement("Field"))
            {
                field = child.ReadText();
            }
            else if (child.IsContractElement("Operator"))
            {
                op = child.ReadText();
            }
            else if (child.IsContractElement("Value"))
            {
                value = child.ReadText();
            }
            else if (child.IsContractElement("ValueArray"))
            {
                child.ReadChildren(item =>
                {
                    if (item.IsContractElement("Value"))
                    {
                        values.Add(item.ReadText());
                    }
                    else
                    {
                        item.Skip();
                    }
                });
            }
            else
            {
                child.Skip();
            }
        });
        return new Filter(field, op, value, values);
    }
}
