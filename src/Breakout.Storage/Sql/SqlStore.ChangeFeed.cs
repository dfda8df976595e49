using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The change feed (#21): <c>change_feed</c> rows are written by the ledger's triggers and by the contact writes in
/// the transaction of the change, and get their position as it commits (migrations 0019 and 0031 SQLite, 0023 PostgreSQL).
/// A page is read in one snapshot: the rows it joins are those of the change's own transaction or older.
/// </summary>
public abstract partial class SqlStore : IChangeFeed
{
    private const int RegistrationSource = 1;
    private const int RegistrantSource = 2;
    private const int FieldSource = 3;
    private const int ContactSource = 4;
    private const int ObjectSource = 5;
    private const int EventSource = 6;
    private const int ImportedRegistrantSource = 7;

    private const string ChangeSelect =
        "SELECT f.position, f.source, f.action, c.at, c.operation, c.call_id, e.id, s.id, r.id, r.kind, r.confirmation_number, ct.id, " +
        "COALESCE(rh.message_id, gh.message_id, oc.message_id, eh.message_id), f.call_pk, f.source_pk, oc.object_type, oc.object_id, oc.action, oc.member_id, " +
        "COALESCE(oc.changed_fields, eh.changed_fields) " +
        "FROM change_feed f JOIN api_calls c ON c.pk = f.call_pk " +
        "LEFT JOIN registration_history rh ON f.source = 1 AND rh.pk = f.source_pk " +
        "LEFT JOIN registrant_history gh ON f.source = 2 AND gh.pk = f.source_pk " +
        "LEFT JOIN object_changes oc ON f.source = 5 AND oc.pk = f.source_pk " +
        "LEFT JOIN event_history eh ON f.source = 6 AND eh.pk = f.source_pk " +
        "LEFT JOIN registrants r ON r.pk = CASE f.source WHEN 1 THEN rh.registrant_pk WHEN 2 THEN gh.registrant_pk WHEN 3 THEN f.source_pk WHEN 7 THEN f.source_pk END " +
        "LEFT JOIN sessions s ON s.pk = CASE f.source WHEN 1 THEN rh.session_pk WHEN 2 THEN gh.session_pk END " +
        "OR (oc.object_type = 'Session' AND s.account_pk = f.account_pk AND s.id = oc.object_id) " +
        "LEFT JOIN events e ON e.pk = COALESCE(s.event_pk, r.event_pk, eh.event_pk) " +
        "LEFT JOIN contacts ct ON f.source = 4 AND ct.pk = f.source_pk " +
        "WHERE f.account_pk = @a AND f.position > @after ORDER BY f.position LIMIT @n";

    private const string FieldSelect =
        "SELECT h.call_pk, h.object_pk, h.field, h.old_value, h.new_value FROM change_feed f " +
        "JOIN field_changes h ON h.call_pk = f.call_pk AND h.object_pk = f.source_pk AND h.object_type IN ('Invitee', 'Guest') " +
        "WHERE f.account_pk = @a AND f.source = 3 AND f.position > @after AND f.position <= @last ORDER BY h.pk";

    public Task<IReadOnlyList<ChangeRecord>> ReadChangesAsync(long accountKey, long after, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ChangeRecord>>(async (s, ct) =>
        {
            var rows = new List<(ChangeRecord Change, long Call, long Source)>();
            await using (var reader = await s.Command(ChangeSelect).With("@a", accountKey).With("@after", after).With("@n", limit).ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    string? Id(int i) => reader.IsDBNull(i) ? null : new CventId(reader.GetGuid(i)).ToString();
                    var source = (int)reader.GetInt64(1);
                    var kind = reader.IsDBNull(9) ? (RegistrantKind?)null : (RegistrantKind)reader.GetInt64(9);
                    var (objectType, member) = (reader.GetNullableString(15), Id(18));
                    var type = source == ObjectSource ? ObjectChangeType(objectType!, reader.GetString(17)) : ChangeType(source, (int)reader.GetInt64(2), kind);
                    var listMember = objectType is nameof(CvObjectType.ContactGroup) or nameof(CvObjectType.DistributionList);
                    rows.Add((new ChangeRecord(
                        reader.GetInt64(0), type, UnixTime.FromStored(reader.GetInt64(3)),
                        reader.GetString(4), reader.GetString(5), Id(6), Id(7), Id(8), kind?.ToString(), reader.GetNullableString(10), listMember ? member : Id(11),
                        reader.GetNullableString(12), source == FieldSource ? [] : null, objectType is null or nameof(CvObjectType.Session) ? null : Id(16),
                        listMember ? null : member, ChangedFieldList(reader.GetNullableString(19))), reader.GetInt64(13), reader.GetInt64(14)));
                }
            }

            if (rows.Any(r => r.Change.Fields is not null))
            {
                var fields = rows.Where(r => r.Change.Fields is not null).ToDictionary(r => (r.Call, r.Source), r => (List<ChangedField>)r.Change.Fields!);
                await using var reader = await s.Command(FieldSelect).With("@a", accountKey).With("@after", after).With("@last", rows[^1].Change.Position).ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    fields[(reader.GetInt64(0), reader.GetInt64(1))].Add(new ChangedField(reader.GetString(2), reader.GetNullableString(3), reader.GetNullableString(4)));
                }
            }

            return [.. rows.Select(r => r.Change)];
        }, cancellationToken);

    public Task<long> LastChangePositionAsync(long accountKey, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => await s.Command("SELECT MAX(position) FROM change_feed WHERE account_pk = @a").With("@a", accountKey).ScalarInt64Async(ct) ?? 0,
            cancellationToken);

    /// <summary>The feed's name of a change, from its source and the ledger's action code.</summary>
    private static string ChangeType(int source, int action, RegistrantKind? kind)
    {
        var who = kind == RegistrantKind.Guest ? "guest" : "invitee";
        return (source, action) switch
        {
            (RegistrationSource, (int)HistoryAction.Registered) => "session.registered",
            (RegistrationSource, (int)HistoryAction.Unregistered) => "session.unregistered",
            (RegistrationSource, (int)HistoryAction.Waitlisted) => "session.waitlisted",
            (RegistrationSource, (int)HistoryAction.LeftWaitlist) => "session.waitlist_left",
            (RegistrationSource, (int)HistoryAction.Promoted) => "session.promoted",
            (RegistrantSource, (int)RegistrantAction.Created) => who + ".created",
            (RegistrantSource, (int)RegistrantAction.Accepted) => who + ".accepted",
            (RegistrantSource, (int)RegistrantAction.Declined) => who + ".declined",
            (RegistrantSource, (int)RegistrantAction.Waitlisted) => who + ".waitlisted",
            (RegistrantSource, (int)RegistrantAction.Cancelled) => who + ".cancelled",
            (RegistrantSource, (int)RegistrantAction.CheckedIn) => who + ".checked_in",
            (RegistrantSource, (int)RegistrantAction.CheckInUndone) => who + ".check_in_undone",
            (FieldSource, _) => who + ".updated",
            (ImportedRegistrantSource, (int)ImportedRegistrant.Created) => who + ".created",
            (ImportedRegistrantSource, (int)ImportedRegistrant.Updated) => who + ".updated",
            (ContactSource, (int)ContactChange.Created) => "contact.created",
            (ContactSource, (int)ContactChange.Updated) => "contact.updated",
            (ContactSource, (int)ContactChange.Deleted) => "contact.deleted",
            (EventSource, (int)EventAction.Created) => "event.created",
            (EventSource, (int)EventAction.Copied) => "event.copied",
            (EventSource, (int)EventAction.Updated) => "event.updated",
            _ => $"unknown.{source}.{action}",
        };
    }

    /// <summary>
    /// The feed's name of an <c>object_changes</c> row: the object type and the action in snake case
    /// (<c>ContactGroup</c> + <c>MemberAdded</c> = <c>contact_group.member_added</c>).
    /// </summary>
    private static string ObjectChangeType(string objectType, string action) => SnakeCase(objectType) + "." + SnakeCase(action);

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "_") + char.ToLowerInvariant(c) : c.ToString()));

    private enum ContactChange
    {
        Created = 1,
        Updated = 2,
        Deleted = 3,
    }

    /// <summary>The feed row of a contact written or deleted by a contact call (contacts have no ledger of their own).</summary>
    private async Task AppendContactChangeAsync(SqlSession s, CallContext call, long contactKey, bool creating, bool deleting, CancellationToken ct)
    {
        var action = deleting ? ContactChange.Deleted : creating ? ContactChange.Created : ContactChange.Updated;
        await AppendFeedRowAsync(s, call, ContactSource, contactKey, (int)action, ct);
    }

    /// <summary>A feed row written by the store rather than by a ledger's trigger; it gets its position as it commits.</summary>
    private async Task AppendFeedRowAsync(SqlSession s, CallContext call, int source, long sourceKey, int action, CancellationToken ct)
    {
        var callKey = await CallKeyAsync(s, call, ct);
        await s.Command("INSERT INTO change_feed (account_pk, call_pk, source, source_pk, action) VALUES (@a, @c, @s, @k, @x)")
            .With("@a", call.AccountKey).With("@c", callKey).With("@s", source).With("@k", sourceKey).With("@x", action).ExecuteNonQueryAsync(ct);
    }

    private enum ImportedRegistrant
    {
        Created = 1,
        Updated = 2,
    }

    /// <summary>
    /// The feed row of an invitee or guest written by <c>breakout import</c>. It points at the registrant itself, not
    /// at a <c>registrant_history</c> row: the ledger's rows are what Retrieve's RegistrationDate, OriginalResponseDate,
    /// CancelledDate and LastModifiedDate are read from, and an import sets a registrant as it is without the calls
    /// those dates are the times of, so a ledger row would change what a SOAP client sees.
    /// </summary>
    private Task AppendImportedRegistrantChangeAsync(SqlSession s, CallContext call, long registrantKey, bool creating, CancellationToken ct) =>
        AppendFeedRowAsync(s, call, ImportedRegistrantSource, registrantKey, (int)(creating ? ImportedRegistrant.Created : ImportedRegistrant.Updated), ct);

    /// <summary>The API user an import's changes are recorded under in <c>api_calls</c>.</summary>
    public const string ImportApiUserName = "(import)";

    /// <summary>
    /// The call of a <c>breakout import</c>: its changes are in the feed as operation <c>Import</c>, under the API
    /// user <see cref="ImportApiUserName"/>, created disabled and without a usable password, so it can never log in.
    /// </summary>
    private async Task<CallContext> ImportCallAsync(SqlSession s, long accountKey, CancellationToken ct)
    {
        await s.Command(
                "INSERT INTO api_users (account_pk, user_name, password_hash, allowed_ips, active, created_at) VALUES (@a, @u, '', '', 0, @t) " +
                "ON CONFLICT (account_pk, user_name) DO NOTHING")
            .With("@a", accountKey).With("@u", ImportApiUserName).With("@t", Now).ExecuteNonQueryAsync(ct);
        var user = await s.Command("SELECT pk FROM api_users WHERE account_pk = @a AND user_name = @u").With("@a", accountKey).With("@u", ImportApiUserName)
            .ScalarInt64Async(ct);
        return new CallContext(accountKey, user!.Value, Guid.NewGuid(), "Import");
    }

    /// <summary>Deleting an account removes its feed, webhooks and their log before the calls and the account.</summary>
    private static string[] ChangeFeedDeleteAccountStatements() =>
    [
        "DELETE FROM webhook_deliveries WHERE webhook_pk IN (SELECT pk FROM webhooks WHERE account_pk = @a)",
        "DELETE FROM webhooks WHERE account_pk = @a",
        "DELETE FROM change_feed WHERE account_pk = @a",
    ];
}
