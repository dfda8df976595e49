using System.Globalization;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Cli.Import;

/// <summary>
/// Typed access to a row's fields. The first problem found is kept in <see cref="Error"/> and later reads return
/// defaults, so a converter reads every field straight through and then checks once.
/// </summary>
internal sealed class RowFields(SourceRow row)
{
    public string? Error { get; private set; }

    public CventId Id(string name) => OptionalId(name) ?? Fail<CventId>($"{name} is missing.");

    public CventId? OptionalId(string name)
    {
        var text = Raw(name);
        if (text is null)
        {
            return null;
        }

        return CventId.TryParse(text, out var id) ? id : Fail<CventId?>($"{name} '{text}' is not a valid ID (a GUID).");
    }

    /// <summary>IDs separated by spaces, commas or semicolons (<c>includedSessions</c>); empty when absent.</summary>
    public IReadOnlyList<CventId> IdList(string name)
    {
        var ids = new List<CventId>();
        foreach (var text in (Raw(name) ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            ids.Add(CventId.TryParse(text, out var id) ? id : Fail<CventId>($"{name}: '{text}' is not a valid ID (a GUID)."));
        }

        return ids;
    }

    public string Text(string name) => Raw(name) ?? Fail<string>($"{name} is missing.") ?? "";

    public string OptionalText(string name, string fallback = "") => Raw(name) ?? fallback;

    public int Int(string name, int fallback)
    {
        var text = Raw(name);
        return text is null ? fallback
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
            : Fail<int>($"{name} '{text}' is not a whole number.");
    }

    /// <summary>An amount of money (<see cref="Money"/>): not negative, at most four decimal places; null when absent.</summary>
    public decimal? OptionalAmount(string name)
    {
        var text = Raw(name);
        return text is null ? null
            : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 && Money.IsExact(value) ? value
            : Fail<decimal?>($"{name} '{text}' is not an amount (a number of at most four decimal places).");
    }

    public bool Bool(string name)
    {
        var text = Raw(name);
        return text?.ToLowerInvariant() switch
        {
            null or "false" or "0" or "no" => false,
            "true" or "1" or "yes" => true,
            _ => Fail<bool>($"{name} '{text}' is not true or false."),
        };
    }

    public DateTimeOffset? Date(string name)
    {
        var text = Raw(name);
        return text is null ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value
            : Fail<DateTimeOffset?>($"{name} '{text}' is not a date and time (use ISO 8601, e.g. 2027-06-14T09:00:00Z).");
    }

    public InviteeStatus InviteeStatus(string name)
    {
        var text = Text(name);
        if (Error is not null)
        {
            return default;
        }

        return InviteeStatuses.TryParse(text, out var status) ? status
            : Fail<InviteeStatus>($"{name} '{text}' is not an invitee status ({string.Join(", ", System.Enum.GetValues<InviteeStatus>().Select(s => s.ToWire()))}).");
    }

    /// <summary>An enum by its exact Cvent name (case-insensitive); numbers are refused so a shifted column cannot pass.</summary>
    public TEnum Choice<TEnum>(string name, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        var text = fallback is null ? Text(name) : Raw(name);
        if (text is null || Error is not null)
        {
            return fallback ?? default;
        }

        var match = System.Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is not null ? System.Enum.Parse<TEnum>(match)
            : Fail<TEnum>($"{name} '{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
    }

    /// <summary>
    /// A declared field's typed value (<see cref="CvValues.TryParse"/>), null when absent; a field with
    /// <see cref="CvField.LookUps"/> takes one of them (any case, stored as listed), a required field must be there.
    /// </summary>
    public object? Value(CvField field)
    {
        var text = Raw(field.Name);
        if (text is null)
        {
            return field.Required ? Fail<object?>($"{field.Name} is missing.") : null;
        }

        if (field.LookUps is { } lookUps)
        {
            return lookUps.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase))
                ?? Fail<object?>($"{field.Name} '{text}' is not one of {string.Join(", ", lookUps)}.");
        }

        if (field.Type == CvFieldType.Boolean)
        {
            return Bool(field.Name);
        }

        return CvValues.TryParse(field.Type, text, out var value) ? value
            : Fail<object?>($"{field.Name} '{text}' is not {Describe(field.Type)}.");
    }

    private static string Describe(CvFieldType type) => type switch
    {
        CvFieldType.Id => "a valid ID (a GUID)",
        CvFieldType.DateTime => "a date and time (use ISO 8601, e.g. 2027-06-14T09:00:00)",
        CvFieldType.Integer => "a whole number",
        _ => "a number",
    };

    /// <summary>The trimmed value, or null when the field is absent or blank.</summary>
    private string? Raw(string name) =>
        row.Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private T Fail<T>(string message)
    {
        Error ??= message;
        return default!;
    }
}
