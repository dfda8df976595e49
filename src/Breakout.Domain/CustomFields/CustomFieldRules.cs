using System.Globalization;
using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;

namespace Breakout.Domain.CustomFields;

/// <summary>
/// The rules of custom field definitions (CreateCustomField, UpdateCustomField) and of the values contacts and guests
/// carry in <c>CustomFieldDetail</c>. Cvent documents neither the <c>FieldType</c> vocabulary nor value validation;
/// Breakout's decisions: the type names of Cvent's custom field screen (<see cref="FieldTypes"/>) and the short names
/// the demo data uses, any case; <c>AnswerFormat</c> refines an open-ended text field to a number, a date or an e-mail
/// address; values are checked against the field's type, choices and limits, and stored as canonical text (a choice
/// as its defined spelling, a date as <c>2027-01-04T12:00:00</c>).
/// </summary>
public static class CustomFieldRules
{
    /// <summary>Separates the choices of a multiple-choice value in <c>FieldValue</c>: <c>Vegan|Halal</c>.</summary>
    public const char ChoiceSeparator = '|';

    /// <summary>The longest value Breakout stores (Cvent's open-ended comment boxes take 2,000 characters).</summary>
    public const int MaxValueLength = 2000;

    /// <summary>The <c>FieldType</c> values Breakout takes, in their canonical spelling.</summary>
    public static readonly IReadOnlyList<string> FieldTypes =
    [
        "Open Ended Text - One Line", "Open Ended Text - Comment Box", "Open Ended Date/Time", "Single Choice", "Multiple Choice",
        "Text", "Number", "Date", "Choice",
    ];

    /// <summary>The <c>AnswerFormat</c> values Breakout takes, in their canonical spelling.</summary>
    public static readonly IReadOnlyList<string> AnswerFormats = ["General", "Numeric", "Date", "Email Address"];

    private static readonly CvObjectDescriptor Type = EntityCustomFieldObject.Descriptor;

    public static CustomFieldKind KindOf(string fieldType, string? answerFormat)
    {
        var type = fieldType.ToLowerInvariant();
        var format = answerFormat?.ToLowerInvariant() ?? "";
        return type switch
        {
            _ when type.Contains("multiple", StringComparison.Ordinal) => CustomFieldKind.MultipleChoice,
            _ when type.Contains("choice", StringComparison.Ordinal) => CustomFieldKind.Choice,
            _ when type.Contains("date", StringComparison.Ordinal) || format == "date" => CustomFieldKind.Date,
            _ when type == "number" || format == "numeric" => CustomFieldKind.Number,
            _ when format == "email address" => CustomFieldKind.Email,
            _ => CustomFieldKind.Text,
        };
    }

    /// <summary>
    /// The definition an item asks for: a new field of <paramref name="category"/> (<paramref name="existing"/> null), or
    /// <paramref name="existing"/> with the attributes the item sends (an empty attribute clears an optional one) and,
    /// when it sends any, its choices replaced. The first rule broken fails the item.
    /// </summary>
    public static (CustomFieldDefinition? Definition, CventError? Error) Parse(CustomFieldInput input, CustomFieldDefinition? existing, CventId id, string category)
    {
        string? Text(string name, string? current)
        {
            if (!input.Attributes.TryGetValue(name, out var text))
            {
                return current;
            }

            var trimmed = text.Trim();
            var max = Type.Field(name)!.MaxLength;
            return trimmed.Length == 0 ? null : trimmed.Length > max ? trimmed[..max] : trimmed;
        }

        var name = Text("FieldName", existing?.Name);
        if (name is null)
        {
            return (null, CventErrors.CustomFieldNameRequired.WithDescription(existing is null
                ? CventErrors.CustomFieldNameRequired.Description
                : "FieldName cannot be blanked."));
        }

        // Only a sent type or format is checked: a field imported with another spelling keeps it until changed.
        var fieldType = input.Attributes.ContainsKey("FieldType") ? Canonical(Text("FieldType", null), FieldTypes) : existing?.FieldType;
        var format = Text("AnswerFormat", existing?.AnswerFormat);
        var canonicalFormat = format is null || !input.Attributes.ContainsKey("AnswerFormat") ? format : Canonical(format, AnswerFormats);
        if (fieldType is null || (format is not null && canonicalFormat is null))
        {
            return (null, CventErrors.InvalidCustomFieldType.WithDescription(
                $"FieldType '{input.Attributes.GetValueOrDefault("FieldType") ?? existing?.FieldType}' / AnswerFormat '{format}' is not valid; " +
                $"FieldType is one of {string.Join(", ", FieldTypes)}; AnswerFormat one of {string.Join(", ", AnswerFormats)}."));
        }

        var code = Text("FieldCode", existing?.Code);
        if (input.Attributes.TryGetValue("FieldCode", out var sentCode) && sentCode.Trim().Length > Type.Field("FieldCode")!.MaxLength)
        {
            return (null, CventErrors.InvalidCustomFieldLimits.WithDescription($"FieldCode is longer than {Type.Field("FieldCode")!.MaxLength} characters."));
        }

        var limits = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["MinimumCharacters"] = existing?.MinimumCharacters,
            ["MaximumCharacters"] = existing?.MaximumCharacters,
            ["MinimumNumber"] = existing?.MinimumNumber,
            ["MaximumNumber"] = existing?.MaximumNumber,
            ["EarliestDate"] = existing?.EarliestDate,
            ["LatestDate"] = existing?.LatestDate,
            ["PrepopulateCurrentDate"] = existing?.PrepopulateCurrentDate ?? false,
            ["DisplayPopUpCalendar"] = existing?.DisplayPopUpCalendar ?? false,
        };
        foreach (var limit in limits.Keys.ToList())
        {
            if (!input.Attributes.TryGetValue(limit, out var text))
            {
                continue;
            }

            var field = Type.Field(limit)!;
            if (text.Trim().Length == 0)
            {
                limits[limit] = field.Type == CvFieldType.Boolean ? false : null;
            }
            else if (CvValues.TryParse(field.Type, text.Trim(), out var value))
            {
                limits[limit] = value;
            }
            else
            {
                return (null, CventErrors.InvalidCustomFieldLimits.WithDescription($"{limit} '{text}' is not a valid {field.Type}."));
            }
        }

        var definition = new CustomFieldDefinition(
            id, existing?.Category ?? category, name, code, fieldType, canonicalFormat,
            (int?)limits["MinimumCharacters"], (int?)limits["MaximumCharacters"], (int?)limits["MinimumNumber"], (int?)limits["MaximumNumber"],
            (DateTimeOffset?)limits["EarliestDate"], (DateTimeOffset?)limits["LatestDate"], [])
        {
            HelpText = Text("HelpText", existing?.HelpText),
            PrepopulateCurrentDate = (bool)limits["PrepopulateCurrentDate"]!,
            DisplayPopUpCalendar = (bool)limits["DisplayPopUpCalendar"]!,
        };

        var error = CheckLimits(definition);
        if (error is not null)
        {
            return (null, error);
        }

        var (choices, choiceError) = Choices(definition.Kind, input.Choices, existing?.Choices);
        return choiceError is null ? (definition with { Choices = choices }, null) : (null, choiceError);
    }

    /// <summary>
    /// A value sent for a field: its canonical text, or null to clear the field (an empty value). Fails with BO40301
    /// (not of the type), BO40302 (not a choice) or BO40303 (outside the limits), the description naming the field.
    /// </summary>
    public static (string? Value, CventError? Error) ParseValue(CustomFieldDefinition field, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        CventError Fail(CventError error, string why) => error.WithDescription($"{error.Description}: {field.Name} '{Shorten(trimmed)}' {why}.");
        switch (field.Kind)
        {
            case CustomFieldKind.Number:
                if (!decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return (null, Fail(CventErrors.CustomFieldValueNotOfType, "is not a number"));
                }

                return (field.MinimumNumber is { } min && number < min) || (field.MaximumNumber is { } max && number > max)
                    ? (null, Fail(CventErrors.CustomFieldValueOutOfLimits, $"is not between {field.MinimumNumber?.ToString(CultureInfo.InvariantCulture) ?? "any"} and {field.MaximumNumber?.ToString(CultureInfo.InvariantCulture) ?? "any"}"))
                    : (number.ToString(CultureInfo.InvariantCulture), null);
            case CustomFieldKind.Date:
                if (!CvDateTime.TryParse(trimmed, out var date))
                {
                    return (null, Fail(CventErrors.CustomFieldValueNotOfType, "is not a date (2027-01-04 or 2027-01-04T12:00:00)"));
                }

                return (field.EarliestDate is { } earliest && date < earliest) || (field.LatestDate is { } latest && date > latest)
                    ? (null, Fail(CventErrors.CustomFieldValueOutOfLimits, "is outside the field's EarliestDate and LatestDate"))
                    : (CvDateTime.Format(date), null);
            case CustomFieldKind.Email:
                return ContactRules.IsEmailAddress(trimmed, MaxValueLength)
                    ? (trimmed, null)
                    : (null, Fail(CventErrors.CustomFieldValueNotOfType, "is not an e-mail address"));
            case CustomFieldKind.Choice:
                return field.Choices.FirstOrDefault(c => string.Equals(c, trimmed, StringComparison.OrdinalIgnoreCase)) is { } choice
                    ? (choice, null)
                    : (null, Fail(CventErrors.CustomFieldValueNotAChoice, $"is not one of {string.Join(", ", field.Choices)}"));
            case CustomFieldKind.MultipleChoice:
                var picked = new List<string>();
                foreach (var part in trimmed.Split(ChoiceSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    if (field.Choices.FirstOrDefault(c => string.Equals(c, part, StringComparison.OrdinalIgnoreCase)) is not { } each)
                    {
                        return (null, Fail(CventErrors.CustomFieldValueNotAChoice, $"names '{Shorten(part)}', not one of {string.Join(", ", field.Choices)}"));
                    }

                    if (!picked.Contains(each, StringComparer.Ordinal))
                    {
                        picked.Add(each);
                    }
                }

                return (string.Join(ChoiceSeparator, picked), null);
            default:
                var length = text!.Length;
                return length > (field.MaximumCharacters ?? MaxValueLength) || length < (field.MinimumCharacters ?? 0) || length > MaxValueLength
                    ? (null, Fail(CventErrors.CustomFieldValueOutOfLimits, $"is {length} characters long, not between {field.MinimumCharacters ?? 0} and {Math.Min(field.MaximumCharacters ?? MaxValueLength, MaxValueLength)}"))
                    : (text, null);
        }
    }

    /// <summary>
    /// Resolves the <c>CustomFieldDetail</c>s of one item against the account's fields of a category: each names a
    /// field by <c>FieldId</c> or, without one, by <c>FieldName</c> matching a field's name or code in any case
    /// (CV40111 when none matches), at most once (CV40116), with a value of the field's kind. The result maps each field
    /// to its canonical value, null to clear it. A user's values (<paramref name="unknown"/> BO92102, <paramref name="noun"/>
    /// "user custom field") answer their own code for a field that does not match.
    /// </summary>
    public static (IReadOnlyList<(CustomFieldDefinition Field, string? Value)> Values, CventError? Error) ParseValues(
        IReadOnlyList<CustomFieldValueInput> inputs, IReadOnlyList<CustomFieldDefinition> fields, CventError? unknown = null, string noun = "contact custom field")
    {
        unknown ??= CventErrors.InvalidCustomFieldDetailId;
        var values = new List<(CustomFieldDefinition, string?)>(inputs.Count);
        var seen = new HashSet<CventId>();
        foreach (var input in inputs)
        {
            CustomFieldDefinition? field;
            if (!string.IsNullOrWhiteSpace(input.FieldId))
            {
                field = CventId.TryParse(input.FieldId.Trim(), out var id) ? fields.FirstOrDefault(f => f.Id == id) : null;
            }
            else
            {
                var name = input.FieldName?.Trim() ?? "";
                field = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                    ?? fields.FirstOrDefault(f => string.Equals(f.Code, name, StringComparison.OrdinalIgnoreCase));
            }

            if (field is null)
            {
                return ([], unknown.WithDescription($"{unknown.Description}: '{Shorten(input.FieldId ?? input.FieldName ?? "")}' is not a {noun} of this account."));
            }

            if (!seen.Add(field.Id))
            {
                return ([], CventErrors.DuplicateCustomFieldDetail);
            }

            var (value, error) = ParseValue(field, input.FieldValue);
            if (error is not null)
            {
                return ([], error);
            }

            values.Add((field, value));
        }

        return (values, null);
    }

    private static CventError? CheckLimits(CustomFieldDefinition field)
    {
        string? problem = field switch
        {
            { MinimumCharacters: < 0 } or { MaximumCharacters: < 0 } => "MinimumCharacters and MaximumCharacters cannot be negative",
            { MinimumCharacters: { } min, MaximumCharacters: { } max } when min > max => "MinimumCharacters is above MaximumCharacters",
            { MinimumNumber: { } min, MaximumNumber: { } max } when min > max => "MinimumNumber is above MaximumNumber",
            { EarliestDate: { } earliest, LatestDate: { } latest } when earliest > latest => "EarliestDate is after LatestDate",
            _ => null,
        };
        return problem is null ? null : CventErrors.InvalidCustomFieldLimits.WithDescription($"{CventErrors.InvalidCustomFieldLimits.Description}: {problem}.");
    }

    private static (IReadOnlyList<string> Choices, CventError? Error) Choices(CustomFieldKind kind, IReadOnlyList<string>? sent, IReadOnlyList<string>? stored)
    {
        var choice = kind is CustomFieldKind.Choice or CustomFieldKind.MultipleChoice;
        var texts = sent?.Select(c => c.Trim()).ToList();
        if (texts is null)
        {
            // Nothing sent: a field keeps its choices while it is a choice field and loses them when it stops being one.
            texts = choice ? [.. stored ?? []] : [];
        }

        CventError Fail(string why) => CventErrors.InvalidCustomFieldChoices.WithDescription($"{CventErrors.InvalidCustomFieldChoices.Description}: {why}.");
        if (!choice)
        {
            return texts.Count == 0 ? (texts, null) : ([], Fail("only choice fields have FieldChoices"));
        }

        var max = EntityCustomFieldObject.FieldChoices.Fields[0].MaxLength;
        return texts switch
        {
            [] => ([], Fail("a choice field needs at least one FieldChoices")),
            _ when texts.Any(t => t.Length == 0 || t.Length > max) => ([], Fail($"a FieldChoiceText is empty or longer than {max} characters")),
            _ when texts.Any(t => t.Contains(ChoiceSeparator, StringComparison.Ordinal)) => ([], Fail($"a FieldChoiceText contains '{ChoiceSeparator}', which separates the choices of a value")),
            _ when texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() != texts.Count => ([], Fail("two FieldChoices are the same")),
            _ => (texts, null),
        };
    }

    private static string? Canonical(string? text, IReadOnlyList<string> allowed) =>
        text is null ? null : allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
