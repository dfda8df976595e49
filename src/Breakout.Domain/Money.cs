using System.Globalization;

namespace Breakout.Domain;

/// <summary>
/// Amounts of money (<c>s:decimal</c> on the wire; "Money" in Cvent's guide, the SQL Server type of four decimal
/// places). Always <see cref="decimal"/>, never floating point: parsed from the wire text as ASMX's
/// <c>XmlConvert.ToDecimal</c> reads it, stored as whole ten-thousandths, summed and compared exactly.
/// </summary>
public static class Money
{
    /// <summary>Decimal places an amount may have (SQL Server <c>money</c>).</summary>
    public const int Scale = 4;

    /// <summary>The largest amount SQL Server's <c>money</c> holds.</summary>
    public const decimal Max = 922_337_203_685_477.5807m;

    /// <summary>The smallest amount SQL Server's <c>money</c> holds.</summary>
    public const decimal Min = -922_337_203_685_477.5808m;

    // XmlConvert.ToDecimal: optional sign, digits and a decimal point, surrounding white space; no exponent, no
    // thousands separators, no currency symbol.
    private const NumberStyles WireStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Parses <c>s:decimal</c> text as <c>XmlConvert.ToDecimal</c> does; false for text it would refuse.</summary>
    public static bool TryParseWire(string text, out decimal value) =>
        decimal.TryParse(text, WireStyle, CultureInfo.InvariantCulture, out value);

    /// <summary>Whether an amount fits <c>money</c> exactly: in range and with at most <see cref="Scale"/> decimal places.</summary>
    public static bool IsExact(decimal value) => value is >= Min and <= Max && decimal.Round(value, Scale) == value;

    /// <summary>An amount as whole ten-thousandths (rounded to <see cref="Scale"/> places, half to even, as <c>money</c> does).</summary>
    public static long ToTenThousandths(decimal value) => (long)(decimal.Round(value, Scale, MidpointRounding.ToEven) * 10_000m);

    /// <summary>
    /// A Decimal field's value as a <see cref="decimal"/>: a <see cref="double"/> (written by code, never read from
    /// the wire) is converted by its shortest round-trip text, so <c>0.1</c> is 0.1, not the double's binary expansion.
    /// </summary>
    public static object? Exact(object? value) => value is double real && double.IsFinite(real)
        ? decimal.Parse(real.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture)
        : value;

    /// <summary>The amount of a count of ten-thousandths.</summary>
    public static decimal FromTenThousandths(long value) => value / 10_000m;
}
