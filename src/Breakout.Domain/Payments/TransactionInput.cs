namespace Breakout.Domain.Payments;

/// <summary>
/// One <c>Transaction</c> of a CreateTransaction call, as read: the fields a caller writes. The contact, event and
/// modification fields of <c>s1:Transaction</c> are the invitee's and Breakout's, so they are not read.
/// </summary>
/// <param name="Type">The <c>TransactionType</c>, one of <see cref="Objects.TransactionObject.TransactionTypes"/>.</param>
/// <param name="Amount">The amount, null when the attribute is absent.</param>
/// <param name="PaidInFull">Settle the order: the amount is what is due (a charge) or overpaid (a refund).</param>
public sealed record TransactionInput(
    string? MessageId,
    string? InviteeId,
    string Type,
    decimal? Amount,
    bool PaidInFull,
    IReadOnlyDictionary<string, string> Texts,
    DateTimeOffset? TransactionDate,
    IReadOnlyList<DistributionInput> Distribution)
{
    /// <summary>The free-text fields a caller may write, by wire name (stored as given, bounded by the field's length).</summary>
    public static readonly IReadOnlyList<string> TextFields =
        ["TransactionNumber", "PaymentType", "NameOnCard", "ReferenceNumber", "BatchNumber", "Note", "ModifiedBy", "AuthorizationCode"];

    /// <summary>Whether the transaction gives money back (<c>Online Refund</c>, <c>Offline Refund</c>).</summary>
    public bool IsRefund => Type.EndsWith("Refund", StringComparison.Ordinal);
}
