using System.Globalization;

namespace Breakout.Domain.Objects;

/// <summary>
/// Date-times of CvObject fields: written as Cvent writes them, <c>2019-01-02T08:47:21.763</c> in UTC without an offset
/// (the fraction only when the value has milliseconds),
/// and read from <c>xs:dateTime</c> text. A value without a zone is GMT, as Cvent documents for GetUpdated; one with a
/// zone (<c>Z</c>, <c>+02:00</c>) is converted to UTC. A Search value is a plain string, not an <c>xs:dateTime</c>, so
/// <see cref="TryParseSearchValue"/> also takes the forms an en-US .NET server parses (see there).
/// </summary>
public static class CvDateTime
{
    private static readonly string[] Formats =
        ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    /// <summary>
    /// The date forms of a Search value: Cvent's server reads it as text with .NET's en-US <c>DateTime.Parse</c>, so
    /// clients send <c>12/02/2026</c> (PHP <c>date('m/d/Y')</c>), <c>12/2/2026 4:00:00 PM</c> (.NET's own en-US
    /// <c>ToString()</c>) and <c>2026-11-25 16:00:00</c> (Carbon). Every date part (<c>yyyy-M-d</c>, <c>yyyy/M/d</c>,
    /// <c>M/d/yyyy</c>, <c>M-d-yyyy</c>, <c>M/d/yy</c>) with every time part (none, <c>H:mm</c>, <c>H:mm:ss.fffffff</c>,
    /// <c>h:mm tt</c>, <c>h:mm:ss tt</c>, after a blank or an ISO <c>T</c>) and an optional zone. Listed rather than
    /// left to <c>DateTime.Parse</c>, whose answer for a text without a year or a date depends on today's date.
    /// </summary>
    private static readonly string[] SearchFormats = BuildSearchFormats();

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text?.Trim(), Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    /// <summary>
    /// Parses a Search value of a date field: every form of <see cref="TryParse"/> and the en-US forms an ASMX server's
    /// <c>DateTime.Parse</c> reads (<see cref="SearchFormats"/>). As in <see cref="TryParse"/>, a value without a zone is
    /// GMT and one with a zone is converted to UTC.
    /// </summary>
    public static bool TryParseSearchValue(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text?.Trim(), SearchFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out value);

    /// <summary>The value with its seconds and fractions dropped (GetUpdated: 12:30:15 → 12:30:00).</summary>
    public static DateTimeOffset ToMinute(DateTimeOffset value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, 0, TimeSpan.Zero);

    /// <summary>The value with its fractions dropped, the precision Search compares at (what Retrieve shows).</summary>
    public static DateTimeOffset ToSecond(DateTimeOffset value) =>
        new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second, TimeSpan.Zero);

    private static string[] BuildSearchFormats()
    {
        string[] dates = ["yyyy-M-d", "yyyy/M/d", "M/d/yyyy", "M-d-yyyy", "M/d/yy"];
        string[] times = ["", " H:mmK", " H:mm:ss.FFFFFFFK", " h:mm ttK", " h:mm:ss ttK", "'T'H:mmK", "'T'H:mm:ss.FFFFFFFK"];
        return [.. Formats, .. dates.SelectMany(date => times.Select(time => date + time))];
    }
}
