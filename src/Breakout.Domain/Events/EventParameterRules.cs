using System.Globalization;
using F = Breakout.Domain.Events.EventParameterFields;

namespace Breakout.Domain.Events;

/// <summary>
/// Validation of <c>EventParameters</c> items, with the "No-Registration Event Creation" codes of Cvent's error list
/// (CV94101–CV94112). Creating needs Title, TimeZoneCode, StartDate, PlannerFirstName and PlannerLastName; an update
/// or a copy keeps what it does not give, and may not clear those five. Texts longer than the Event field are
/// truncated; a value that is not of its schema type fails its item (BO94101), as CreateSession does.
/// </summary>
public static class EventParameterRules
{
    private static readonly (string Name, CventError Error)[] Required =
    [
        (F.Title, CventErrors.EventTitleRequired), (F.TimeZoneCode, CventErrors.EventTimeZoneRequired), (F.StartDate, CventErrors.EventStartDateRequired),
        (F.PlannerFirstName, CventErrors.EventPlannerFirstNameRequired), (F.PlannerLastName, CventErrors.EventPlannerLastNameRequired),
    ];

    /// <summary>Reads one item; <paramref name="current"/> is the event updated or copied (null when creating).</summary>
    public static (EventChanges? Changes, CventError? Error) Read(EventParameters item, EventDates? current)
    {
        var create = current is null;
        foreach (var (name, missing) in Required)
        {
            var value = item.Value(name);
            if ((create || value is not null) && string.IsNullOrWhiteSpace(value))
            {
                return (null, missing);
            }
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in F.All)
        {
            if (item.Value(field.Name) is not { } text)
            {
                continue;
            }

            text = text.Trim();
            if (text.Length == 0)
            {
                values[field.Name] = null;
                continue;
            }

            object? value = field.Kind switch
            {
                EventParameterKind.Date => ParseDate(text),
                EventParameterKind.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
                _ => field.MaxLength > 0 && text.Length > field.MaxLength ? text[..field.MaxLength] : text,
            };
            if (value is null)
            {
                return (null, field.Name == F.Capacity
                    ? CventErrors.EventCapacityNotValid
                    : CventErrors.InvalidEventParameter.WithDescription($"{field.Name} '{text}' is not a valid {(field.Kind == EventParameterKind.Date ? "xs:dateTime" : "value")}."));
            }

            values[field.Name] = value;
        }

        var changes = new EventChanges(values, item.CustomFields);
        var error = CheckValues(changes, current) ?? CheckCustomFields(item.CustomFields);
        return error is null ? (changes, null) : (null, error);
    }

    private static CventError? CheckValues(EventChanges changes, EventDates? current)
    {
        var start = changes.Has(F.StartDate) ? changes.Date(F.StartDate) : current?.Start;
        var end = changes.Has(F.EndDate) ? changes.Date(F.EndDate) : current?.End;
        var rsvpBy = changes.Has(F.RsvpByDate) ? changes.Date(F.RsvpByDate) : current?.RsvpBy;
        if (start is { } s && end is { } e && s >= e)
        {
            return CventErrors.EventStartNotBeforeEnd;
        }

        if (!IsPlace(changes, F.CountryCode, F.StateCode, out var badCountry) || !IsPlace(changes, "StakeholderCountryCode", "StakeholderStateCode", out badCountry))
        {
            return badCountry ? CventErrors.EventCountryCodeNotValid : CventErrors.EventStateCodeNotValid;
        }

        if (changes.Text(F.TimeZoneCode) is { } zone && !IsTimeZone(zone))
        {
            return CventErrors.EventTimeZoneNotValid;
        }

        if (changes.Integer(F.Capacity) is < -1)
        {
            return CventErrors.EventCapacityNotValid;
        }

        if (rsvpBy is { } r && end is { } last && r > last)
        {
            return CventErrors.EventRsvpByDateNotValid;
        }

        if (changes.Text(F.Language) is { } language && !F.Languages.Contains(language, StringComparer.Ordinal))
        {
            return CventErrors.InvalidEventParameter.WithDescription($"Language '{language}' is not one of {string.Join(", ", F.Languages)}.");
        }

        return changes.Text(F.Category) is { } category && !F.Categories.Contains(category, StringComparer.Ordinal)
            ? CventErrors.InvalidEventParameter.WithDescription($"Category '{category}' is not one of {string.Join(", ", F.Categories)}.")
            : null;
    }

    private static CventError? CheckCustomFields(IReadOnlyList<EventCustomFieldValue> fields)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in fields)
        {
            if (!string.IsNullOrWhiteSpace(field.FieldId) && !CventId.TryParse(field.FieldId, out _))
            {
                return CventErrors.InvalidEventParameter.WithDescription($"CustomFieldDetail FieldId '{field.FieldId}' is not an ID.");
            }

            var key = CustomFieldKey(field);
            if (key is null)
            {
                return CventErrors.InvalidEventParameter.WithDescription("A CustomFieldDetail needs a FieldId or a FieldName.");
            }

            if (!seen.Add(key))
            {
                return CventErrors.InvalidEventParameter.WithDescription($"CustomFieldDetail '{key}' is given twice.");
            }
        }

        return null;
    }

    /// <summary>What identifies a custom field value of an event: its field's ID (upper case), else its name.</summary>
    public static string? CustomFieldKey(EventCustomFieldValue field) =>
        CventId.TryParse(field.FieldId, out var id) ? id.ToString() : string.IsNullOrWhiteSpace(field.FieldName) ? null : field.FieldName.Trim();

    /// <summary>An xs:dateTime; without an offset it means UTC, as Cvent's dates do.</summary>
    public static DateTimeOffset? ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value) ? value : null;

    /// <summary>Country and state codes as the contact calls check them (<see cref="Contacts.PlaceCodes"/>).</summary>
    private static bool IsPlace(EventChanges changes, string countryField, string stateField, out bool badCountry)
    {
        var country = changes.Text(countryField);
        badCountry = country is not null && !Contacts.PlaceCodes.IsCountry(country);
        return !badCountry && (changes.Text(stateField) is not { } state || Contacts.PlaceCodes.IsState(state, country));
    }

    /// <summary>UTC, GMT, or a time zone the host's time zone database knows (IANA or Windows ID).</summary>
    private static bool IsTimeZone(string text) =>
        text is "UTC" or "GMT" || TimeZoneInfo.TryFindSystemTimeZoneById(text, out _);
}
