using System.Globalization;
using System.Text.RegularExpressions;

namespace Breakout.Domain;

/// <summary>
/// An instant written with its time zone, as <c>breakout export registrations --at</c> and the console's "as at" form
/// read it: ISO 8601 with <c>Z</c> or an offset (<c>2027-06-01T12:00:00Z</c>, <c>2027-06-01T14:00:00+02:00</c>), or a
/// time followed by <c>UTC</c> as the console prints times (<c>2027-06-01 12:00:00 UTC</c>). Without a zone the same
/// text names different instants on different machines, so a time without one is refused.
/// </summary>
public static partial class ZonedInstant
{
    /// <summary>What a refusal says the text should look like.</summary>
    public const string Example = "2027-06-01T12:00:00Z or 2027-06-01T14:00:00+02:00";

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Replace('\u00a0', ' ').Trim();
        if (trimmed.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^4].TrimEnd() + "Z";
        }

        var zoned = trimmed.EndsWith('Z') || trimmed.EndsWith('z') || Offset().IsMatch(trimmed);
        return zoned && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial Regex Offset();
}
