namespace Breakout.Domain.Payments;

/// <summary>
/// One <c>DistributionDetail</c> of a transaction: the part of its amount applied to one product of the order, and the
/// free-text fields a caller writes (<see cref="TextFields"/>, by wire name; null or absent: none).
/// </summary>
public sealed record DistributionInput(string? ProductId, decimal? AmountApplied, IReadOnlyDictionary<string, string>? Texts = null)
{
    /// <summary>The fields of a distribution stored as sent; the product's name, code and type are the product's own.</summary>
    public static readonly IReadOnlyList<string> TextFields = ["GLCode", "GLDescription", "OrderNumber"];
}
