using System.Text.RegularExpressions;
using Breakout.Domain.Objects;

namespace Breakout.Domain.Contacts;

/// <summary>
/// Validation of the Contact items of CreateContact, UpdateContact and UpsertContact (Cvent's CV401xx codes).
/// Values are typed by <see cref="ContactObject.Descriptor"/>: read-only and unknown attributes are ignored, texts
/// longer than their field are truncated as CreateSession does, except e-mail addresses (refused: a cut address is
/// another address) and <c>ContactTypeCode</c> (refused, CV40105). Country codes are stored in upper case.
/// </summary>
public static partial class ContactRules
{
    public const string EmailAddress = "EmailAddress";
    public const string SourceId = "SourceId";

    private static readonly CvObjectDescriptor Contact = ContactObject.Descriptor;

    /// <summary>Values a new contact starts with (the descriptor's defaults: Active, PrimaryAddressType, flags).</summary>
    public static IReadOnlyDictionary<string, object?> Defaults { get; } = Contact.Fields
        .Where(f => f.DefaultValue is not null)
        .ToDictionary(f => f.Name, f => CvValues.TryParse(f.Type, f.DefaultValue!, out var value) ? value : null, StringComparer.Ordinal);

    /// <summary>
    /// The changes an item asks for: writable field → typed value, or null to clear it (an empty attribute). The first
    /// attribute in WSDL order that is not valid fails the item.
    /// </summary>
    public static (IReadOnlyDictionary<string, object?> Changes, CventError? Error) Parse(ContactInput input, DateTimeOffset now)
    {
        var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Contact.Fields)
        {
            if (field.ReadOnly || !input.Attributes.TryGetValue(field.Name, out var text))
            {
                continue;
            }

            var (value, error) = ParseField(field, text, now);
            if (error is not null)
            {
                return (changes, error);
            }

            changes[field.Name] = value;
        }

        return (changes, null);
    }

    /// <summary>
    /// The rules that look at the contact as it will be: Last Name (CV40101 on create, CV40114 when an update blanks
    /// it), and the state codes against the country codes (CV40107, CV40109), checked when the item sends any of them.
    /// </summary>
    public static CventError? Check(bool creating, IReadOnlyDictionary<string, object?> changes, IReadOnlyDictionary<string, object?> merged)
    {
        if (creating && IsEmpty(merged.GetValueOrDefault("LastName")))
        {
            return CventErrors.LastNameRequiredToCreate;
        }

        if (!creating && changes.TryGetValue("LastName", out var lastName) && IsEmpty(lastName))
        {
            return CventErrors.LastNameRequiredToUpdate;
        }

        return CheckState("Home", CventErrors.InvalidHomeStateCode, changes, merged) ?? CheckState("Work", CventErrors.InvalidWorkStateCode, changes, merged);
    }

    /// <summary>UpsertContact needs EmailAddress, FirstName and LastName on every item (CV40120–CV40122).</summary>
    public static CventError? CheckUpsert(IReadOnlyDictionary<string, object?> changes) =>
        IsEmpty(changes.GetValueOrDefault(EmailAddress)) ? CventErrors.EmailRequiredToUpsert
        : IsEmpty(changes.GetValueOrDefault("FirstName")) ? CventErrors.FirstNameRequiredToUpsert
        : IsEmpty(changes.GetValueOrDefault("LastName")) ? CventErrors.LastNameRequiredToUpsert
        : null;

    /// <summary>
    /// The duplicate key of a contact: its e-mail address, compared case-insensitively (Cvent's default duplicate
    /// rule); null for a contact without one, which never counts as a duplicate.
    /// </summary>
    public static string? Key(object? emailAddress) => IsEmpty(emailAddress) ? null : ((string)emailAddress!).Trim().ToLowerInvariant();

    private static (object? Value, CventError? Error) ParseField(CvField field, string text, DateTimeOffset now)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        switch (field.Name)
        {
            case EmailAddress or "CCEmailAddress":
                var emailError = field.Name == EmailAddress ? CventErrors.InvalidEmailAddress : CventErrors.InvalidCcEmailAddress;
                return IsEmailAddress(trimmed, field.MaxLength)
                    ? (trimmed, null)
                    : (null, emailError.WithDescription($"{emailError.Description}: {field.Name} '{Shorten(text)}'."));
            case "ContactTypeCode":
                return trimmed.Length <= field.MaxLength && !trimmed.Any(char.IsControl)
                    ? (trimmed, null)
                    : (null, CventErrors.InvalidContactTypeCode.WithDescription($"Contact Type Code not valid: at most {field.MaxLength} characters ('{Shorten(text)}')."));
            case "HomeCountryCode" or "WorkCountryCode":
                return PlaceCodes.IsCountry(trimmed)
                    ? (trimmed.ToUpperInvariant(), null)
                    : (null, (field.Name == "HomeCountryCode" ? CventErrors.InvalidHomeCountryCode : CventErrors.InvalidWorkCountryCode)
                        .WithDescription($"{field.Name} '{Shorten(text)}' is not an ISO 3166-1 alpha-2 country code."));
            case "DateOfBirth":
                return CvValues.TryParse(field.Type, trimmed, out var birth) && (DateTimeOffset)birth! <= now
                    ? (birth, null)
                    : (null, CventErrors.InvalidDateOfBirth.WithDescription($"Invalid DOB: DateOfBirth '{Shorten(text)}' is not a date in the past."));
            case "ParentContactId":
                return CvValues.TryParse(field.Type, trimmed, out var parent)
                    ? (parent, null)
                    : (null, CventErrors.InvalidContactId.WithDescription($"ID is not valid: ParentContactId '{Shorten(text)}' is not a contact ID."));
        }

        if (field.Type == CvFieldType.String)
        {
            if (field.LookUps is { } allowed && !allowed.Contains(trimmed, StringComparer.Ordinal))
            {
                return (null, InvalidValue($"{field.Name} '{Shorten(text)}' is not one of {string.Join(", ", allowed)}."));
            }

            return (field.MaxLength > 0 && text.Length > field.MaxLength ? text[..field.MaxLength] : text, null);
        }

        return CvValues.TryParse(field.Type, trimmed, out var value)
            ? (value, null)
            : (null, InvalidValue($"{field.Name} '{Shorten(text)}' is not a valid {Describe(field.Type)}."));
    }

    private static CventError? CheckState(string address, CventError error, IReadOnlyDictionary<string, object?> changes, IReadOnlyDictionary<string, object?> merged)
    {
        var (stateField, countryField) = (address + "StateCode", address + "CountryCode");
        if (!changes.ContainsKey(stateField) && !changes.ContainsKey(countryField))
        {
            return null;
        }

        var state = merged.GetValueOrDefault(stateField) as string;
        var country = merged.GetValueOrDefault(countryField) as string;
        return IsEmpty(state) || PlaceCodes.IsState(state!.Trim(), country)
            ? null
            : error.WithDescription($"{error.Description}: {stateField} '{Shorten(state)}' is not a state of {(IsEmpty(country) ? "the United States or Canada" : country)}.");
    }

    private static CventError InvalidValue(string description) => CventErrors.InvalidContactValue.WithDescription(description);

    private static string Describe(CvFieldType type) => type switch
    {
        CvFieldType.Boolean => "boolean (true or false)",
        CvFieldType.DateTime => "date and time (2019-01-02T08:47:21)",
        CvFieldType.Id => "ID",
        _ => type.ToString().ToLowerInvariant(),
    };

    private static bool IsEmpty(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    /// <summary>
    /// A practical address check (what Cvent's forms accept): one <c>@</c>, a local part without spaces or quotes,
    /// a domain of dot-separated labels ending in a letter label; within the field's length.
    /// </summary>
    internal static bool IsEmailAddress(string text, int maxLength) => text.Length <= maxLength && EmailPattern().IsMatch(text);

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
