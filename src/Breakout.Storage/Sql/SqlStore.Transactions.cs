using System.Globalization;
using Breakout.Domain;
using Breakout.Domain.Payments;

namespace Breakout.Storage.Sql;

/// <summary>
/// CreateTransaction. Each transaction is a row of the Transaction type's table (so Retrieve, Search and GetUpdated
/// read it as they read imported ones) with the API call that created it, and a row of the invitee's history. Amounts
/// are whole ten-thousandths (<see cref="Money"/>); the invitee's balance is summed from its rows inside the same
/// database transaction, with the invitee's row locked, so two calls paying one invitee see each other's payments.
/// </summary>
public abstract partial class SqlStore : ITransactions
{
    /// <summary>What the invitee <c>i</c> has paid, in ten-thousandths: its successful charges less its successful refunds.</summary>
    private const string PaidByOrderSql =
        "(SELECT COALESCE(SUM(CASE WHEN t.transaction_type LIKE '%Refund' THEN -ABS(t.amount) ELSE ABS(t.amount) END), 0) " +
        "FROM transactions t WHERE t.registrant_pk = i.pk AND COALESCE(t.success, 1) = 1 AND t.amount IS NOT NULL)";

    public Task<IReadOnlyList<ItemResult>> CreateTransactionsAsync(CreateTransactionsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var eventKey = CventId.TryParse(command.EventId, out var eventId) ? await FindKeyAsync(s, "events", command.AccountKey, eventId, ct) : null;
            if (eventKey is null)
            {
                return [.. command.Items.Select(i => new ItemResult(null, NullIfEmpty(i.MessageId), CventErrors.InvalidEventId))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "CreateTransaction");
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                var (id, error) = await CreateTransactionAsync(s, call, eventKey.Value, item, seen, ct);
                results.Add(new ItemResult(id?.ToString(), NullIfEmpty(item.MessageId), error));
            }

            return results;
        }, cancellationToken);

    private async Task<(CventId? Id, CventError? Error)> CreateTransactionAsync(
        SqlSession s, CallContext call, long eventKey, TransactionInput item, HashSet<CventId> seen, CancellationToken ct)
    {
        if (TransactionRules.Check(item) is { } problem)
        {
            return (null, problem);
        }

        if (!CventId.TryParse(item.InviteeId, out var inviteeId))
        {
            return (null, CventErrors.InviteeDoesNotExist);
        }

        if (!seen.Add(inviteeId))
        {
            return (null, CventErrors.DuplicateTransactionInvitee);
        }

        // Locks the invitee's row: payments of one invitee are summed and written one call at a time.
        var invitee = await FindRegistrantAsync(s, call.AccountKey, inviteeId, ct);
        if (invitee is null || invitee.Kind != RegistrantKind.Invitee || invitee.EventKey != eventKey)
        {
            return (null, CventErrors.InviteeDoesNotExist);
        }

        if (invitee.Status is not (InviteeStatus.Accepted or InviteeStatus.Cancelled) || (!item.IsRefund && invitee.Status != InviteeStatus.Accepted))
        {
            return (null, CventErrors.InvalidInviteeStatus);
        }

        var products = new List<Dictionary<string, object?>>(item.Distribution.Count);
        foreach (var detail in item.Distribution)
        {
            if (await ProductOfEventAsync(s, call.AccountKey, eventKey, detail.ProductId, ct) is not { } product)
            {
                return (null, CventErrors.InvalidDistributionProduct);
            }

            product["AmountApplied"] = detail.AmountApplied;
            foreach (var (field, text) in detail.Texts ?? new Dictionary<string, string>())
            {
                product[field] = text;
            }

            products.Add(product);
        }

        await using var reader = await s.Command($"SELECT i.order_amount, {PaidByOrderSql} FROM registrants i WHERE i.pk = @r")
            .With("@r", invitee.Key).ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        decimal? order = reader.IsDBNull(0) ? null : Money.FromTenThousandths(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        var netPaid = Money.FromTenThousandths(Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
        await reader.DisposeAsync();

        var (amount, paidInFull, error) = TransactionRules.Settle(item, order, netPaid);
        if (error is not null)
        {
            return (null, error);
        }

        var id = CventId.New();
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["TransactionType"] = item.Type,
            ["Success"] = true,
            ["Amount"] = amount,
            ["PaidInFull"] = paidInFull,
            ["TransactionDate"] = item.TransactionDate ?? Time.GetUtcNow(),
        };
        foreach (var (field, text) in item.Texts)
        {
            values[field] = text;
        }

        var table = SqlObjectTables.Transactions;
        await using (var insert = s.Command(table.Upsert()).With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).With("@t", Now).With("@r0", invitee.Key))
        {
            BindStored(insert, table.Stored, values);
            await insert.ExecuteNonQueryAsync(ct);
        }

        var key = (await s.Command("UPDATE transactions SET call_pk = @c WHERE account_pk = @a AND id = @id RETURNING pk")
            .With("@c", await CallKeyAsync(s, call, ct)).With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct))!.Value;
        foreach (var product in products)
        {
            await using var distribution = s.Command(SqlObjectTables.Distributions.Upsert()).With("@p", key);
            BindStored(distribution, SqlObjectTables.Distributions.Stored, product);
            await distribution.ExecuteNonQueryAsync(ct);
        }

        await RecordRegistrantAsync(s, call, invitee.Key, null, item.IsRefund ? RegistrantAction.Refunded : RegistrantAction.Paid, item.MessageId, ct);
        return (id, null);
    }

    /// <summary>
    /// The product a distribution names, as its row shows it (<c>ProductId</c>, <c>ProductName</c>, <c>ProductCode</c>,
    /// <c>ProductType</c>): the event itself (its admission, type <c>Event</c>) or one of its sessions (<c>Session</c>);
    /// null for anything else.
    /// </summary>
    private async Task<Dictionary<string, object?>?> ProductOfEventAsync(SqlSession s, long accountKey, long eventKey, string? productId, CancellationToken ct)
    {
        if (!CventId.TryParse(productId, out var id))
        {
            return null;
        }

        await using var reader = await s.Command("SELECT e.title, e.code, 'Event' FROM events e WHERE e.pk = @e AND e.id = @id " +
                "UNION ALL SELECT x.name, x.code, 'Session' FROM sessions x WHERE x.account_pk = @a AND x.event_pk = @e AND x.id = @id")
            .With("@a", accountKey).With("@e", eventKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["ProductId"] = id,
                ["ProductName"] = reader.IsDBNull(0) ? null : reader.GetString(0),
                ["ProductCode"] = reader.IsDBNull(1) ? null : reader.GetString(1),
                ["ProductType"] = reader.GetString(2),
            }
            : null;
    }
}
