using Breakout.Domain.Objects;

namespace Breakout.Domain.CustomFields;

/// <summary>
/// Search filters on contact custom field values, as Cvent's Search page names them: <c>Field</c> =
/// <c>CustomContactField:&lt;FieldId&gt;</c> on object type Contact (CV20016 when the ID is not a contact custom field
/// of the account). The filter compares the contact's value as text, like any text field; a contact without a value
/// has the empty text.
/// </summary>
public static class CustomFieldSearch
{
    public const string ContactPrefix = "CustomContactField:";

    /// <summary>Whether a filter's field names a contact custom field (any case), whatever follows the prefix.</summary>
    public static bool IsContactField(string? field) => field?.Trim().StartsWith(ContactPrefix, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The field ID a filter's field names, when it is <c>CustomContactField:</c> and a GUID.</summary>
    public static bool TryParse(string? field, out CventId id)
    {
        id = default;
        return IsContactField(field) && CventId.TryParse(field!.Trim()[ContactPrefix.Length..].Trim(), out id);
    }

    /// <summary>A one-field type to check a filter on the custom field with: a searchable text of the value's length.</summary>
    public static CvObjectDescriptor FilterType(CventId fieldId) => new(CvObjectType.Contact, false, false, false, false, false, true, null,
        [new CvField(ContactPrefix + fieldId, CvFieldType.String, CustomFieldRules.MaxValueLength, Searchable: true)]);
}
