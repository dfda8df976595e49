using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;

namespace Breakout.Domain.Invitees;

/// <summary>
/// Validation of the Guest items of UpdateGuestInfo. Cvent documents no guest-specific rules or codes; Breakout
/// applies the contact rules to the same kinds of values: e-mail addresses (CV40102, CV40119), a date of birth in the
/// past (CV40123), an ISO country code, and a first and last name that cannot be blanked (BO95204); other texts longer
/// than their field are truncated, as CreateContact does. Read-only and unknown attributes are ignored.
/// </summary>
public static class GuestRules
{
    private static readonly IReadOnlyList<CvField> Writable = [.. GuestObject.Descriptor.Fields.Where(f => !f.ReadOnly)];

    /// <summary>The changes an item asks for: writable field → typed value, or null to clear it.</summary>
    public static (IReadOnlyDictionary<string, object?> Changes, CventError? Error) Parse(GuestInput input, DateTimeOffset now)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Writable)
        {
            if (!input.Attributes.TryGetValue(field.Name, out var text))
            {
                continue;
            }

            var trimmed = text.Trim();
            CventError Invalid(CventError error, string why) => error.WithDescription($"{error.Description}: {field.Name} '{Shorten(text)}' {why}.");
            (object? Value, CventError? Error) parsed = field.Name switch
            {
                "FirstName" or "LastName" when trimmed.Length == 0 => (null, Invalid(CventErrors.InvalidGuestValue, "cannot be blanked")),
                _ when trimmed.Length == 0 => (null, null),
                "Email" or "CCEmail" => ContactRules.IsEmailAddress(trimmed, field.MaxLength)
                    ? (trimmed, null)
                    : (null, Invalid(field.Name == "Email" ? CventErrors.InvalidEmailAddress : CventErrors.InvalidCcEmailAddress, "is not an e-mail address")),
                "DateOfBirth" => CvValues.TryParse(field.Type, trimmed, out var birth) && (DateTimeOffset)birth! <= now
                    ? (birth, null)
                    : (null, Invalid(CventErrors.InvalidDateOfBirth, "is not a date in the past")),
                "CountryCode" => PlaceCodes.IsCountry(trimmed.ToUpperInvariant())
                    ? (trimmed.ToUpperInvariant(), null)
                    : (null, Invalid(CventErrors.InvalidGuestValue, "is not an ISO 3166-1 alpha-2 country code")),
                _ => (field.MaxLength > 0 && trimmed.Length > field.MaxLength ? trimmed[..field.MaxLength] : trimmed, null),
            };
            if (parsed.Error is not null)
            {
                return (changes, parsed.Error);
            }

            changes[field.Name] = parsed.Value;
        }

        return (changes, null);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
