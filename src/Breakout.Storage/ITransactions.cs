using Breakout.Domain;
using Breakout.Domain.Payments;

namespace Breakout.Storage;

/// <summary>Payments and refunds of invitees (CreateTransaction), kept as Transaction objects.</summary>
public interface ITransactions
{
    /// <summary>
    /// CreateTransaction: one result per item, in order, all in one database transaction. A created transaction is
    /// returned by Retrieve, Search and GetUpdated, written to the invitee's history, and decides ValidateInvitee's
    /// <c>PaidInFull</c> with the invitee's other payments.
    /// </summary>
    Task<IReadOnlyList<ItemResult>> CreateTransactionsAsync(CreateTransactionsCommand command, CancellationToken cancellationToken = default);
}
