using System.Globalization;

namespace Breakout.Domain.Objects;

/// <summary>
/// Date-times of CvObject fields: written as Cvent writes them, <c>2019-01-02T08:47:21.763</c> in UTC without an offset
/// (the fraction only when the value has milliseconds),
/// and read from <c>xs:dateTime</c> text. A value without a zone is GMT, as Cvent documents for GetUpdated; one with a
/// zone (<c>Z</c>, <c>+02:00</c>) is converted to UTC.
/// </summary>
public static class CvDateTime
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    /// <summary>The value with its seconds and fractions dropped (GetUpdated: 12:30:15 → 12:30:00).</summary>
    public static DateTimeOffset ToMinute(DateTimeOffset value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, TimeSpan.Zero);

    /// <summary>The value with its fractions dropped, the precision Search compares at (what Retrieve shows).</summary>
    public static DateTimeOffset ToSecond(DateTimeOffset value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, TimeSpan.Zero);
}
