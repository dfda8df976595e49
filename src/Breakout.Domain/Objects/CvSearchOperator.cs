namespace Breakout.Domain.Objects;

/// <summary>Cvent's <c>s1:CvSearchOperatorType</c>; the wire names (with spaces) are in <see cref="CvSearchOperators"/>.</summary>
public enum CvSearchOperator
{
    EqualTo,
    NotEqualTo,
    LessThan,
    GreaterThan,
    LessThanOrEqualTo,
    GreaterThanOrEqualTo,
    Contains,
    DoesNotContain,
    StartsWith,
    Includes,
    Excludes,
}

/// <summary>Wire names of <see cref="CvSearchOperator"/> exactly as the V200611 WSDL spells them.</summary>
public static class CvSearchOperators
{
    public static readonly IReadOnlyList<string> WireNames =
    [
        "Equals", "Not Equal to", "Less than", "Greater than", "Less than or Equal to", "Greater than or Equal to", "Contains",
        "Does not Contain", "Starts with", "Includes", "Excludes",
    ];

    public static string ToWire(this CvSearchOperator op) => WireNames[(int)op];

    /// <summary>Parses a wire name exactly (xsd enumerations are case-sensitive); surrounding blanks are ignored.</summary>
    public static bool TryParse(string? text, out CvSearchOperator op)
    {
        var index = text is null ? -1 : WireNames.ToList().IndexOf(text.Trim());
        op = index < 0 ? default : (CvSearchOperator)index;
        return index >= 0;
    }

    /// <summary>Whether the operator takes a list of values (<c>ValueArray</c>).</summary>
    public static bool TakesList(this CvSearchOperator op) => op is CvSearchOperator.Includes or CvSearchOperator.Excludes;

    /// <summary>Whether the operator matches text patterns (only text and ID fields take it).</summary>
    public static bool IsPattern(this CvSearchOperator op) =>
        op is CvSearchOperator.Contains or CvSearchOperator.DoesNotContain or CvSearchOperator.StartsWith;

    /// <summary>Whether the operator orders values (booleans cannot take it).</summary>
    public static bool IsOrdering(this CvSearchOperator op) =>
        op is CvSearchOperator.LessThan or CvSearchOperator.GreaterThan or CvSearchOperator.LessThanOrEqualTo or CvSearchOperator.GreaterThanOrEqualTo;
}
