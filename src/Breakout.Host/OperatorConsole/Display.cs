using System.Globalization;
using Breakout.Domain;

namespace Breakout.Host.OperatorConsole;

/// <summary>How the console writes times, statuses and capacities.</summary>
internal static class Display
{
    /// <summary>UTC, to the second, with no-break spaces so a table cell never splits it.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd\u00a0HH:mm:ss", CultureInfo.InvariantCulture) + "\u00a0UTC" : "—";

    public static string Status(ProductStatus status) => status switch
    {
        ProductStatus.OpenForRegistration => "Open",
        ProductStatus.ClosedForRegistration => "Closed",
        _ => status.ToString(),
    };

    public static string Capacity(int capacity) => capacity < 0 ? "unlimited" : capacity.ToString(CultureInfo.InvariantCulture);

    /// <summary>Width of a fill bar in percent (0 to 100); an unlimited capacity shows an empty bar.</summary>
    public static int Percent(int used, int capacity) =>
        capacity <= 0 ? (capacity == 0 && used > 0 ? 100 : 0) : (int)Math.Min(100, Math.Round(100.0 * used / capacity));
}
