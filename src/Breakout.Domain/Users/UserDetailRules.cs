using Breakout.Domain.Objects;

namespace Breakout.Domain.Users;

/// <summary>
/// The <c>VisibilityDefaults</c> of CreateUser and UpdateUser items. Cvent's guide lists "visibility validity" among
/// its User Management codes without publishing their numbers, so a refused row answers Breakout's BO92103, its
/// description saying which rule it breaks. The user custom field values (<c>CustomFieldDetail</c>) follow
/// <see cref="CustomFields.CustomFieldRules.ParseValues"/>, as a contact's do.
/// </summary>
public static class UserDetailRules
{
    /// <summary>
    /// The (group, kind) pairs an item asks for, in order, or its error: a <c>UserGroupId</c> that is not an ID, a
    /// <c>VisibilityType</c> outside the WSDL's <c>CvVisibilityType</c> (matched exactly, as XmlSerializer reads an
    /// enumeration), or the same pair twice.
    /// </summary>
    public static (IReadOnlyList<(CventId Group, string Type)> Defaults, CventError? Error) ParseVisibility(IReadOnlyList<VisibilityDefaultInput> inputs)
    {
        var defaults = new List<(CventId, string)>(inputs.Count);
        foreach (var input in inputs)
        {
            if (!CventId.TryParse(input.UserGroupId?.Trim(), out var group))
            {
                return ([], Invalid($"UserGroupId '{input.UserGroupId}' is not an ID"));
            }

            var type = input.VisibilityType ?? "";
            if (!UserObject.VisibilityTypes.Contains(type, StringComparer.Ordinal))
            {
                return ([], Invalid($"VisibilityType '{type}' is not one of {string.Join(", ", UserObject.VisibilityTypes)}"));
            }

            if (defaults.Contains((group, type)))
            {
                return ([], Invalid($"user group {group} is given twice for {type}"));
            }

            defaults.Add((group, type));
        }

        return (defaults, null);
    }

    /// <summary>BO92103 with its reason.</summary>
    public static CventError Invalid(string why) =>
        CventErrors.InvalidVisibilityDefault.WithDescription($"{CventErrors.InvalidVisibilityDefault.Description}: {why}.");
}
