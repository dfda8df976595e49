using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>
/// CopyEvent's share of EventDetail's details (migrations SQLite 0026 / PostgreSQL 0030). Cvent's guide says nothing of
/// what a copy carries; Breakout copies what an event copy in Cvent's web app carries, the event's setup: its FAQs, its
/// staff, its event roles (the same planner users in the same roles) and its fees (each with a new <c>FeeID</c>, created
/// and modified when copied; a fee on the event itself or on one of its sessions is on the copy or the session's copy). The planning status history
/// and the process forms (submitted approval forms) are the original event's own record and stay with it.
/// </summary>
public abstract partial class SqlStore
{
    private const string CopiedFaqColumns = "question, answer, sequence, language, active";

    private const string CopiedRoleColumns =
        "assignee_id, assignee_first_name, assignee_last_name, assignee_email_address, assigned_role, assigned_by, assigned_date, email_comments";

    private const string CopiedStaffColumns =
        "staff_first_name, staff_last_name, staff_role, staff_email_address, display_on_website, staff_address1, staff_address2, staff_address3, " +
        "staff_city, staff_state, staff_state_code, staff_postal_code, staff_country, staff_country_code";

    private const string CopiedFeeColumns = "fee_name, fee_amount, active, gl_name, gl_description, gl_code, glid";

    /// <summary>Copies the FAQs, event roles, staff and fees of <paramref name="source"/>, in their stored order; <paramref name="sessions"/> maps original sessions to copies.</summary>
    private async Task CopyEventDetailsAsync(SqlSession s, (long Key, CventId Id) source, (long Key, CventId Id) copy, Dictionary<long, long> sessions, CancellationToken ct)
    {
        foreach (var (table, columns) in new[] { ("event_faqs", CopiedFaqColumns), ("event_roles", CopiedRoleColumns), ("event_staff", CopiedStaffColumns) })
        {
            await s.Command($"INSERT INTO {table} (event_pk, {columns}) SELECT @c, {columns} FROM {table} WHERE event_pk = @e ORDER BY pk")
                .With("@c", copy.Key).With("@e", source.Key).ExecuteNonQueryAsync(ct);
        }

        // A fee's product is the event (its registration fee), one of its sessions, or something Breakout does not hold
        // (kept as it is); the event's own fee names the copy.
        var copiedProducts = new Dictionary<CventId, CventId> { [source.Id] = copy.Id };
        foreach (var (originalSession, copiedSession) in sessions)
        {
            await using var reader = await s.Command($"SELECT {Dialect.IdText("o.id")}, {Dialect.IdText("c.id")} FROM sessions o, sessions c WHERE o.pk = @o AND c.pk = @c")
                .With("@o", originalSession).With("@c", copiedSession).ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct) && CventId.TryParse(reader.GetString(0), out var from) && CventId.TryParse(reader.GetString(1), out var to))
            {
                copiedProducts[from] = to;
            }
        }

        var fees = new List<(long Key, string? Product)>();
        await using (var reader = await s.Command($"SELECT pk, {Dialect.IdText("product_id")} FROM event_fees WHERE event_pk = @e ORDER BY pk")
            .With("@e", source.Key).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                fees.Add((reader.GetInt64(0), reader.GetNullableString(1)));
            }
        }

        foreach (var (fee, product) in fees)
        {
            var moved = CventId.TryParse(product, out var original) && copiedProducts.TryGetValue(original, out var copied) ? copied : (CventId?)null;
            await s.Command(
                    $"INSERT INTO event_fees (event_pk, fee_id, product_id, product_name, created_date, last_modified_date, {CopiedFeeColumns}) " +
                    "SELECT @c, CASE WHEN fee_id IS NULL THEN NULL ELSE @fee END, CASE WHEN @moved = 1 THEN @product ELSE product_id END, " +
                    $"CASE WHEN @own = 1 THEN (SELECT title FROM events WHERE pk = @c) ELSE product_name END, @t, @t, {CopiedFeeColumns} FROM event_fees WHERE pk = @f")
                .With("@c", copy.Key).With("@fee", Dialect.IdValue(CventId.New())).With("@moved", moved is null ? 0 : 1)
                .With("@product", Dialect.IdValue(moved ?? copy.Id)).With("@own", moved == copy.Id ? 1 : 0).With("@t", Now).With("@f", fee).ExecuteNonQueryAsync(ct);
        }
    }
}
