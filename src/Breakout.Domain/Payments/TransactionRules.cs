using Breakout.Domain.Objects;

namespace Breakout.Domain.Payments;

/// <summary>
/// The rules of CreateTransaction that need no stored state, and the one that decides a new transaction's amount and
/// <c>PaidInFull</c> from the invitee's order. Cvent's error codes of "Transaction Creation" (CV981xx) where they
/// apply; Breakout's BO98201 for an amount Cvent's <c>money</c> cannot hold exactly.
/// </summary>
public static class TransactionRules
{
    /// <summary>The problem of an item that the store need not be asked about, or null.</summary>
    public static CventError? Check(TransactionInput item)
    {
        if (item.Amount is { } amount && (amount <= 0 || !Money.IsExact(amount)))
        {
            return CventErrors.InvalidAmount;
        }

        if (item.Amount is null && !item.PaidInFull)
        {
            return CventErrors.InvalidAmount;
        }

        var products = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var detail in item.Distribution)
        {
            if (detail.AmountApplied is { } applied && !Money.IsExact(applied))
            {
                return CventErrors.InvalidAmount;
            }

            if (!products.Add(detail.ProductId?.Trim() ?? ""))
            {
                return CventErrors.DuplicateDistributionProduct;
            }
        }

        return item.Amount is { } total && item.Distribution.Count > 0 && item.Distribution.Sum(d => d.AmountApplied ?? 0m) != total
            ? CventErrors.AppliedNotEqualToPaid
            : null;
    }

    /// <summary>
    /// The amount and <c>PaidInFull</c> of a new transaction of an invitee whose order is <paramref name="orderAmount"/>
    /// (null: not known) and who has paid <paramref name="netPaid"/> so far (charges less refunds). With
    /// <see cref="TransactionInput.PaidInFull"/> the amount is the balance: what is due for a charge (CV98104 when
    /// nothing is), what was overpaid for a refund (CV98105 when nothing was). With an order amount known, the
    /// transaction is paid in full when the payments after it cover the order; without one, as the caller says.
    /// </summary>
    public static (decimal Amount, bool PaidInFull, CventError? Error) Settle(TransactionInput item, decimal? orderAmount, decimal netPaid)
    {
        var amount = item.Amount;
        if (item.PaidInFull && orderAmount is { } order)
        {
            var due = order - netPaid;
            if (!item.IsRefund && due <= 0)
            {
                return (0, false, CventErrors.AmountDueNotPositive);
            }

            if (item.IsRefund && due >= 0)
            {
                return (0, false, CventErrors.AmountDueNotNegative);
            }

            amount = Math.Abs(due);
        }

        if (amount is not { } value)
        {
            return (0, false, CventErrors.InvalidAmount);
        }

        var after = netPaid + (item.IsRefund ? -value : value);
        return (value, orderAmount is { } total ? after >= total : item.PaidInFull, null);
    }

    /// <summary>Whether a wire <c>TransactionType</c> is one of the WSDL's four (exactly, as XmlSerializer compares).</summary>
    public static bool IsType(string? text) => text is not null && TransactionObject.TransactionTypes.Contains(text, StringComparer.Ordinal);
}
