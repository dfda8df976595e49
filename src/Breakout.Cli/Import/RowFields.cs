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

    /// <summary>An amount of money (<see cref="Money"/>): not negative, at most four decimal places; null when absent.</summary>
    public decimal? OptionalAmount(string name)
    {
        var text = Raw(name);
        return text is null ? null
            : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 && Money.IsExact(value) ? value
            : Fail<decimal?>($"{name} '{text}' is not an amount (a number of at most four decimal places).");
    }

    /// <summary>
    /// A column's typed value (<see cref="CvValues.TryParse"/>; a date also as .NET reads one), its default when absent;
    /// a field with <see cref="CvField.LookUps"/> takes one of them (any case, stored as listed), a required field must be there.
    /// </summary>
    public object? Value(CvField field)
    {
        var text = Raw(field.Name);
        if (text is null && field.Required)
        {
            return Fail<object?>($"{field.Name} is missing.");
        }

        text ??= field.DefaultValue;
        if (text is null)
        {
            return null;
        }

        if (field.LookUps is { } lookUps)
        {
            return lookUps.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase))
                ?? Fail<object?>($"{field.Name} '{text}' is not one of {string.Join(", ", lookUps)}.");
        }

        if (field.Type == CvFieldType.Boolean)
        {
            return text.ToLowerInvariant() switch
            {
                "false" or "0" or "no" => false,
                "true" or "1" or "yes" => true,
                _ => Fail<bool>($"{field.Name} '{text}' is not true or false."),
            };
        }

        return CvValues.TryParse(field.Type, text, out var value) ? value
            : field.Type == CvFieldType.DateTime && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
            : Fail<object?>($"{field.Name} '{text}' is not {Describe(field.Type)}.");
    }

    private static string Describe(CvFieldType type) => type switch
    {
        CvFieldType.Id => "a valid ID (a GUID)",
        CvFieldType.DateTime => "a date and time (use ISO 8601, e.g. 2027-06-14T09:00:00Z)",
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
