using System.Globalization;

namespace Breakout.Domain.Objects;

/// <summary>
/// Wire text of <see cref="CvField"/> values and the typed values they stand for: <see cref="string"/>,
/// <see cref="bool"/>, <see cref="DateTimeOffset"/> (UTC, millisecond precision as stored), <see cref="CventId"/>,
/// <see cref="int"/> (<see cref="long"/> as read from the database), <see cref="double"/> and <see cref="decimal"/> (amounts).
/// </summary>
public static class CvValues
{
    /// <summary>
    /// Parses the wire text of a field (trimmed, not empty). Booleans are <c>xs:boolean</c> (<c>true</c>, <c>false</c>,
    /// <c>1</c>, <c>0</c>); IDs are GUIDs; strings are taken as they are. False when the text is not of the field's type.
    /// </summary>
    public static bool TryParse(CvFieldType type, string text, out object? value)
    {
        value = null;
        switch (type)
        {
            case CvFieldType.String:
                value = text;
                return true;
            case CvFieldType.Boolean:
                value = text switch { "true" or "1" => true, "false" or "0" => false, _ => null };
                break;
            case CvFieldType.DateTime:
                if (CvDateTime.TryParse(text, out var time))
                {
                    value = DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());
                }

                break;
            case CvFieldType.Id:
                value = CventId.TryParse(text, out var id) ? id : null;
                break;
            case CvFieldType.Integer:
                value = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
                break;
            case CvFieldType.Double:
                value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? real : null;
                break;
            case CvFieldType.Decimal:
                value = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) ? amount : null;
                break;
        }

        return value is not null;
    }

    /// <summary>The wire text of a typed value: <c>true</c>/<c>false</c>; times as <see cref="CvDateTime"/> writes them; upper-case IDs.</summary>
    public static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => CvDateTime.Format(time),
        CventId id => id.ToString(),
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        decimal amount => amount.ToString("0.00##", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Not a CvField value: {value.GetType().Name}.", nameof(value)),
    };
}
