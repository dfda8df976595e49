namespace Breakout.Domain.Payments;

/// <summary>One <c>DistributionDetail</c> of a transaction: the part of its amount applied to one product of the order.</summary>
public sealed record DistributionInput(string? ProductId, decimal? AmountApplied);
