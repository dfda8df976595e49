using System.Globalization;

namespace Breakout.Domain.Objects;

/// <summary>
/// Wire text of <see cref="CvField"/> values and the typed values they stand for: <see cref="string"/>,
/// <see cref="bool"/>, <see cref="DateTimeOffset"/> (UTC, millisecond precision as stored), <see cref="CventId"/>,
/// <see cref="int"/> and <see cref="double"/>.
/// </summary>
public static class CvValues
{
    /// <summary>
    /// The <c>xs:dateTime</c> forms accepted: Cvent sends <c>2019-01-02T08:47:21.763</c> (no offset, meaning UTC);
    /// an offset or <c>Z</c> and a bare date are accepted too. Looser forms (<c>1/2/2019</c>) are refused.
    /// </summary>
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd",
    ];

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
                if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
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
        }

        return value is not null;
    }

    /// <summary>The wire text of a typed value: <c>true</c>/<c>false</c>; times as <c>2019-01-02T08:47:21</c> (UTC, with <c>.fff</c> when there are milliseconds); upper-case IDs.</summary>
    public static string Format(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.UtcDateTime.ToString(time.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture),
        CventId id => id.ToString(),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"Not a CvField value: {value.GetType().Name}.", nameof(value)),
    };
}
