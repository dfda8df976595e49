using System.Globalization;

namespace Breakout.Domain.Objects;

/// <summary>
/// Checks one Search filter against a type, as Cvent's Search page describes: only fields flagged searchable
/// (CV20010 otherwise; the name in any case, <see cref="CvObjectDescriptor.SearchField"/>), one of the eleven operators
/// (CV20015), and a value of the field's type read as an en-US .NET server reads a string: dates by
/// <see cref="CvDateTime.TryParseSearchValue"/>, booleans <c>true</c>/<c>false</c> in any case (also <c>1</c>/<c>0</c>, as
/// <c>xs:boolean</c>), numbers with en-US separators. Breakout's decisions where Cvent is silent: an operator the field's type cannot take (a pattern on a date, an ordering on a boolean) is
/// CV20015; a value that does not parse as the field's type is CV20010; an empty value on a non-text field means "no
/// value" and only Equals / Not Equal to take it.
/// </summary>
public static class CvSearchRules
{
    public static CvFilter? Check(CvObjectDescriptor type, string? field, string? op, string? value, IReadOnlyList<string> valueArray, out CventError? error)
    {
        error = null;
        var name = field?.Trim();
        if (string.IsNullOrEmpty(name) || type.SearchField(name) is not { Searchable: true } cvField)
        {
            error = CventErrors.InvalidSearchFilter.WithDescription(string.IsNullOrEmpty(name)
                ? "A filter has no Field."
                : $"'{name}' is not a searchable field of {type.Name}.");
            return null;
        }

        if (!CvSearchOperators.TryParse(op, out var parsed))
        {
            error = CventErrors.InvalidSearchOperator.WithDescription($"'{op}' is not a search operator; use one of {string.Join(", ", CvSearchOperators.WireNames)}.");
            return null;
        }

        var text = cvField.Type is CvFieldType.String or CvFieldType.Id;
        if ((parsed.IsPattern() && !text) || (parsed.IsOrdering() && cvField.Type == CvFieldType.Boolean))
        {
            error = CventErrors.InvalidSearchOperator.WithDescription($"'{parsed.ToWire()}' does not apply to {cvField.Name}, a {cvField.Type} field.");
            return null;
        }

        IReadOnlyList<string> raw = parsed.TakesList()
            ? [.. valueArray, .. value is null ? Array.Empty<string>() : [value]]
            : [value ?? valueArray.FirstOrDefault() ?? ""];
        if (raw.Count == 0)
        {
            error = CventErrors.InvalidSearchFilter.WithDescription($"'{parsed.ToWire()}' on {cvField.Name} needs at least one Value.");
            return null;
        }

        var values = new List<object?>(raw.Count);
        foreach (var item in raw)
        {
            if (!TryParseValue(cvField.Type, item, out var typed) || (typed is null && parsed is not (CvSearchOperator.EqualTo or CvSearchOperator.NotEqualTo)))
            {
                error = CventErrors.InvalidSearchFilter.WithDescription($"'{item}' is not a valid {Describe(cvField.Type)} for {cvField.Name}.");
                return null;
            }

            values.Add(typed);
        }

        return new CvFilter(cvField, parsed, values);
    }

    private static bool TryParseValue(CvFieldType type, string text, out object? value)
    {
        value = null;
        var trimmed = text.Trim();
        if (type is CvFieldType.String or CvFieldType.Id)
        {
            value = text;
            return true;
        }

        if (trimmed.Length == 0)
        {
            return true;
        }

        switch (type)
        {
            case CvFieldType.Boolean when trimmed.ToLowerInvariant() is "true" or "1" or "false" or "0":
                value = trimmed.ToLowerInvariant() is "true" or "1";
                return true;
            case CvFieldType.DateTime when CvDateTime.TryParseSearchValue(trimmed, out var date):
                value = CvDateTime.ToSecond(date);
                return true;
            case CvFieldType.Integer when long.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                value = number;
                return true;
            case CvFieldType.Decimal when decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && Money.IsExact(amount):
                value = amount;
                return true;
            case CvFieldType.Double when double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real):
                value = real;
                return true;
            default:
                return false;
        }
    }

    private static string Describe(CvFieldType type) => type switch
    {
        CvFieldType.Boolean => "boolean (true or false)",
        CvFieldType.DateTime => "date and time (YYYY-MM-DDThh:mm:ss, YYYY-MM-DD hh:mm:ss or MM/DD/YYYY [h:mm:ss AM])",
        CvFieldType.Integer => "whole number",
        CvFieldType.Double or CvFieldType.Decimal => "number",
        _ => "value",
    };
}
