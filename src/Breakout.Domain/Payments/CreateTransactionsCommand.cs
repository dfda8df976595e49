namespace Breakout.Domain.Payments;

/// <summary>A CreateTransaction call: payments and refunds of invitees of one event, in order.</summary>
public sealed record CreateTransactionsCommand(long AccountKey, long ApiUserKey, Guid CallId, string? EventId, IReadOnlyList<TransactionInput> Items);
