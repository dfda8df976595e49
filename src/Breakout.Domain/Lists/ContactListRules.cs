using Breakout.Domain.Objects;

namespace Breakout.Domain.Lists;

/// <summary>
/// Validation of the items of CreateContactGroup and CreateDistributionList. Texts longer than their field are
/// truncated (Cvent's create pages: "The application will truncate data which exceeds the maximum length of a field");
/// the name is required (CV90102, CV83101); a distribution list needs <c>Active</c> (CV83102) and a
/// <c>SecurityType</c> of the WSDL's enumeration (CV83103), both required attributes in the WSDL.
/// </summary>
public static class ContactListRules
{
    /// <summary>The values of a new list, by wire field name (every field of the type; null when not sent), or the item's error.</summary>
    public static (IReadOnlyDictionary<string, object?> Values, CventError? Error) Parse(ContactListKind kind, ListInput input)
    {
        var type = kind.Type == CvObjectType.ContactGroup ? ContactGroupObject.Descriptor : DistributionListObject.Descriptor;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var text = input.Attributes.GetValueOrDefault(field.Name)?.Trim();
            values[field.Name] = string.IsNullOrEmpty(text) ? null
                : field.Type == CvFieldType.String && field.MaxLength > 0 && text.Length > field.MaxLength ? text[..field.MaxLength] : text;
        }

        if (values[kind.NameField] is null)
        {
            return (values, kind.NameRequired);
        }

        if (kind.Type == CvObjectType.DistributionList)
        {
            if (!CvValues.TryParse(CvFieldType.Boolean, (string?)values["Active"] ?? "", out var active))
            {
                return (values, values["Active"] is null ? CventErrors.DistributionListActiveMissing
                    : CventErrors.DistributionListActiveMissing.WithDescription($"Active flag is missing: '{values["Active"]}' is not true or false."));
            }

            values["Active"] = active;
            if (values["SecurityType"] is not string security || !DistributionListObject.SecurityTypes.Contains(security, StringComparer.Ordinal))
            {
                return (values, values["SecurityType"] is null ? CventErrors.DistributionListSecurityTypeRequired
                    : CventErrors.DistributionListSecurityTypeRequired.WithDescription(
                        $"Security Type is required: '{values["SecurityType"]}' is not one of {string.Join(", ", DistributionListObject.SecurityTypes)}."));
            }
        }

        return (values, null);
    }
}
