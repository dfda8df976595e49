using System.Runtime.CompilerServices;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>Each query returns one row per violation: a session, registrant or log row, and what is wrong.</summary>
    private static readonly (string Rule, string Sql)[] Invariants =
    [
        // A capacity lowered below the registrations removes no one, so being over it is only wrong when someone got
        // a seat after the capacity was set.
        ("over capacity",
            "SELECT s.id, s.registered_count FROM sessions s WHERE s.capacity >= 0 AND s.registered_count > s.capacity " +
            "AND EXISTS (SELECT 1 FROM session_registrations x WHERE x.session_pk = s.pk AND x.registered_at > s.capacity_set_at)"),
        ("registered counter differs from rows",
            "SELECT s.id, s.registered_count FROM sessions s WHERE s.registered_count <> (SELECT COUNT(*) FROM session_registrations r WHERE r.session_pk = s.pk)"),
        ("waitlisted counter differs from rows",
            "SELECT s.id, s.waitlisted_count FROM sessions s WHERE s.waitlisted_count <> (SELECT COUNT(*) FROM session_waitlist w WHERE w.session_pk = s.pk)"),
        ("waitlist positions not dense from 1",
            "SELECT s.id, COUNT(*) FROM sessions s JOIN session_waitlist w ON w.session_pk = s.pk GROUP BY s.pk, s.id " +
            "HAVING MIN(w.position) <> 1 OR MAX(w.position) <> COUNT(*) OR COUNT(DISTINCT w.position) <> COUNT(*)"),
        ("waitlist over its capacity",
            "SELECT s.id, s.waitlisted_count FROM sessions s WHERE s.waitlist_capacity >= 0 AND s.waitlisted_count > s.waitlist_capacity"),
        ("free seat while people wait",
            "SELECT s.id, s.waitlisted_count FROM sessions s WHERE s.waitlisted_count > 0 AND (s.capacity < 0 OR s.registered_count < s.capacity)"),
        ("registered and waitlisted at once",
            "SELECT r.id, w.session_pk FROM session_waitlist w JOIN session_registrations x ON x.session_pk = w.session_pk AND x.registrant_pk = w.registrant_pk " +
            "JOIN registrants r ON r.pk = w.registrant_pk"),
        ("seat held by a registrant not Accepted",
            "SELECT r.id, r.status FROM session_registrations x JOIN registrants r ON r.pk = x.registrant_pk WHERE r.status <> 1"),
        ("seat in another event's session",
            "SELECT r.id, s.pk FROM session_registrations x JOIN registrants r ON r.pk = x.registrant_pk JOIN sessions s ON s.pk = x.session_pk WHERE s.event_pk <> r.event_pk"),
        ("accepted counter differs from rows",
            "SELECT e.id, e.accepted_count FROM events e WHERE e.accepted_count <> (SELECT COUNT(*) FROM registrants r WHERE r.event_pk = e.pk AND r.kind = 0 AND r.status = 1)"),
        ("more than one session of a group",
            "SELECT r.id, COUNT(*) FROM (SELECT registrant_pk, session_pk FROM session_registrations UNION ALL SELECT registrant_pk, session_pk FROM session_waitlist) x " +
            "JOIN sessions s ON s.pk = x.session_pk JOIN registrants r ON r.pk = x.registrant_pk WHERE s.group_name IS NOT NULL " +
            "GROUP BY r.pk, r.id, s.group_name HAVING COUNT(*) > 1"),
        // Seats and the audit log have no foreign keys on PostgreSQL (migrations 0008, 0009): these are what they checked.
        ("seat names a missing row",
            "SELECT CAST(x.session_pk AS TEXT) || '/' || CAST(x.registrant_pk AS TEXT), CASE WHEN s.pk IS NULL THEN 'session' ELSE 'registrant' END " +
            "FROM session_registrations x LEFT JOIN sessions s ON s.pk = x.session_pk LEFT JOIN registrants r ON r.pk = x.registrant_pk WHERE s.pk IS NULL OR r.pk IS NULL"),
        ("history row names a missing row",
            "SELECT h.pk, CASE WHEN c.pk IS NULL THEN 'call ' || CAST(h.call_pk AS TEXT) WHEN s.pk IS NULL THEN 'session ' || CAST(h.session_pk AS TEXT) " +
            "ELSE 'registrant ' || CAST(h.registrant_pk AS TEXT) END FROM registration_history h LEFT JOIN api_calls c ON c.pk = h.call_pk " +
            "LEFT JOIN sessions s ON s.pk = h.session_pk LEFT JOIN registrants r ON r.pk = h.registrant_pk WHERE c.pk IS NULL OR s.pk IS NULL OR r.pk IS NULL"),
        ("API call row names a missing row",
            "SELECT c.pk, CASE WHEN a.pk IS NULL THEN 'account ' || CAST(c.account_pk AS TEXT) ELSE 'API user ' || CAST(c.api_user_pk AS TEXT) END " +
            "FROM api_calls c LEFT JOIN accounts a ON a.pk = c.account_pk LEFT JOIN api_users u ON u.pk = c.api_user_pk WHERE a.pk IS NULL OR u.pk IS NULL"),

        // #18: registration type holders and custom field values.
        ("registration type holder counter differs from rows",
            "SELECT t.id, t.holder_count FROM registration_types t WHERE t.holder_count <> (SELECT COUNT(*) FROM registrants r WHERE r.registration_type_pk = t.pk)"),
        ("registration type of another event",
            "SELECT r.id, t.id FROM registrants r JOIN registration_types t ON t.pk = r.registration_type_pk WHERE t.event_pk <> r.event_pk OR r.kind <> 0"),
        ("custom field value of another account's field",
            "SELECT v.pk, f.id FROM custom_field_values v JOIN entity_custom_fields f ON f.pk = v.field_pk WHERE f.account_pk <> v.account_pk"),

        // #19: the accounts page's kept counts (migrations 0034 SQLite, 0037 PostgreSQL) against the rows they count.
        ("kept account counts differ from rows",
            "SELECT a.account_number, CAST(COALESCE(n.contacts, 0) AS TEXT) || ' contacts, ' || CAST(COALESCE(n.invitees, 0) AS TEXT) || ' invitees, ' || " +
            "CAST(COALESCE(n.guests, 0) AS TEXT) || ' guests, ' || CAST(COALESCE(n.api_calls, 0) AS TEXT) || ' calls kept' FROM accounts a " + KeptCounts + " " +
            "WHERE COALESCE(n.contacts, 0) <> (SELECT COUNT(*) FROM contacts x WHERE x.account_pk = a.pk AND x.deleted_at IS NULL) " +
            "OR COALESCE(n.invitees, 0) <> (SELECT COUNT(*) FROM registrants x WHERE x.account_pk = a.pk AND x.kind = 0) " +
            "OR COALESCE(n.guests, 0) <> (SELECT COUNT(*) FROM registrants x WHERE x.account_pk = a.pk AND x.kind = 1) " +
            "OR COALESCE(n.api_calls, 0) <> (SELECT COUNT(*) FROM api_calls x WHERE x.account_pk = a.pk)"),
        ("kept account counts of a missing account",
            "SELECT n.account_pk, COUNT(*) FROM account_counts n LEFT JOIN accounts a ON a.pk = n.account_pk WHERE a.pk IS NULL GROUP BY n.account_pk"),
    ];

    public Task<IReadOnlyList<string>> VerifyAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<string>>(async (s, ct) =>
        {
            var violations = new List<string>();
            foreach (var (rule, sql) in Invariants)
            {
                await using var reader = await s.Command(sql).ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    violations.Add($"{rule}: {reader.GetValue(0)} ({reader.GetValue(1)})");
                }
            }

            return violations;
        }, cancellationToken);

    public async IAsyncEnumerable<RegistrationRow> ExportRegistrationsAsync(long accountKey, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var rows = await ReadAsync<IReadOnlyList<RegistrationRow>>(async (s, ct) =>
        {
            var list = new List<RegistrationRow>();
            await using var reader = await s.Command(
                    "SELECT e.id, s.id, s.name, r.id, r.kind, r.confirmation_number, r.first_name, r.last_name, x.placement, x.position, x.at FROM (" +
                    "SELECT session_pk, registrant_pk, 'Registered' AS placement, NULL AS position, registered_at AS at FROM session_registrations " +
                    "UNION ALL SELECT session_pk, registrant_pk, 'Waitlisted', position, waitlisted_at FROM session_waitlist) x " +
                    "JOIN sessions s ON s.pk = x.session_pk JOIN events e ON e.pk = s.event_pk JOIN registrants r ON r.pk = x.registrant_pk " +
                    "WHERE s.account_pk = @a ORDER BY e.id, s.name, x.placement, x.position, r.last_name, r.first_name, r.id")
                .With("@a", accountKey).ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                list.Add(new RegistrationRow(
                    new Domain.CventId(reader.GetGuid(0)).ToString(), new Domain.CventId(reader.GetGuid(1)).ToString(), reader.GetString(2),
                    new Domain.CventId(reader.GetGuid(3)).ToString(), ((Domain.RegistrantKind)reader.GetInt64(4)).ToString(), reader.GetString(5),
                    reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.IsDBNull(9) ? null : (int)reader.GetInt64(9),
                    UnixTime.FromStored(reader.GetInt64(10))));
            }

            return list;
        }, cancellationToken);

        foreach (var row in rows)
        {
            yield return row;
        }
    }
}
