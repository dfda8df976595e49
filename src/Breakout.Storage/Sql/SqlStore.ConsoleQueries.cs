using System.Data.Common;
using Breakout.Domain;
using Breakout.Storage.Operators;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : IConsoleQueries
{
    private const string PlaceColumns = "r.pk, r.id, r.kind, r.first_name, r.last_name, r.email_address, r.confirmation_number";

    // The session's key first, as a value: joined to sessions instead, PostgreSQL plans for every session's rows and
    // sorts a 20,000-long waitlist for its first 50 (75 ms) rather than walking session_waitlist_position (0.2 ms).
    private const string SessionKey = "(SELECT pk FROM sessions WHERE account_pk = @a AND id = @id)";

    public Task<IReadOnlyList<EventListing>> ListEventsAsync(long accountKey, string? titleContains, int offset, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<EventListing>>(async (s, ct) =>
        {
            // An account holds a handful of events; the filter reads only the account's rows (UNIQUE (account_pk, id)),
            // and each event's sessions are counted through sessions_event.
            var filter = string.IsNullOrWhiteSpace(titleContains) ? "" : " AND LOWER(e.title) LIKE @f ESCAPE '\\'";
            var command = s.Command(
                    "SELECT e.id, e.title, e.code, e.status, e.start_at, (SELECT COUNT(*) FROM sessions x WHERE x.event_pk = e.pk) " +
                    $"FROM events e WHERE e.account_pk = @a{filter} ORDER BY e.start_at IS NULL, e.start_at, {Dialect.Binary("e.title")}, e.pk LIMIT @n OFFSET @o")
                .With("@a", accountKey).With("@n", limit).With("@o", offset);
            if (filter.Length > 0)
            {
                command.With("@f", "%" + titleContains!.Trim().ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            var events = new List<EventListing>();
            while (await reader.ReadAsync(ct))
            {
                events.Add(new EventListing(
                    new CventId(reader.GetGuid(0)), reader.GetString(1), reader.GetString(2), (EventStatus)reader.GetInt64(3),
                    UnixTime.FromStored(reader.GetNullableInt64(4)), reader.GetInt64(5)));
            }

            return events;
        }, cancellationToken);

    public Task<SessionFill?> FindSessionFillAsync(long accountKey, CventId sessionId, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) =>
        {
            await using var reader = await s.Command(SessionFillSelect + "WHERE s.account_pk = @a AND s.id = @id")
                .With("@a", accountKey).With("@id", Dialect.IdValue(sessionId)).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct) ? ReadSessionFill(reader) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<SessionPlace>> ListSeatsAsync(long accountKey, CventId sessionId, long afterKey, int limit, CancellationToken cancellationToken = default) =>
        ReadPlacesAsync(
            $"SELECT {PlaceColumns}, NULL, x.registered_at FROM session_registrations x JOIN registrants r ON r.pk = x.registrant_pk " +
            $"WHERE x.session_pk = {SessionKey} AND x.registrant_pk > @after ORDER BY x.registrant_pk LIMIT @n",
            accountKey, sessionId, afterKey, limit, cancellationToken);

    public Task<IReadOnlyList<SessionPlace>> ListWaitlistAsync(long accountKey, CventId sessionId, int afterPosition, int limit, CancellationToken cancellationToken = default) =>
        ReadPlacesAsync(
            $"SELECT {PlaceColumns}, x.position, x.waitlisted_at FROM session_waitlist x JOIN registrants r ON r.pk = x.registrant_pk " +
            $"WHERE x.session_pk = {SessionKey} AND x.position > @after ORDER BY x.position LIMIT @n",
            accountKey, sessionId, afterPosition, limit, cancellationToken);

    public Task<RegistrantListing?> FindRegistrantAsync(long accountKey, string idOrConfirmationNumber, CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) =>
        {
            const string Select = "SELECT r.id, r.kind, r.first_name, r.last_name, r.email_address, r.confirmation_number, r.status, e.id, e.title ";
            var text = idOrConfirmationNumber.Trim();
            var command = CventId.TryParse(text, out var id)
                ? s.Command(Select + "FROM registrants r JOIN events e ON e.pk = r.event_pk WHERE r.account_pk = @a AND r.id = @id").With("@id", Dialect.IdValue(id))
                // The account's events, then registrants_confirmation (event_pk, confirmation_number): one probe per
                // event. A condition on r.account_pk would let SQLite walk the account's registrants instead.
                : s.Command(Select + "FROM events e JOIN registrants r ON r.event_pk = e.pk WHERE e.account_pk = @a AND r.confirmation_number = @c " +
                    "ORDER BY r.kind, r.pk LIMIT 1").With("@c", text);
            await using var reader = await command.With("@a", accountKey).ExecuteReaderAsync(ct);
            return await reader.ReadAsync(ct)
                ? new RegistrantListing(
                    new CventId(reader.GetGuid(0)), (RegistrantKind)reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), (InviteeStatus)reader.GetInt64(6), new CventId(reader.GetGuid(7)), reader.GetString(8))
                : null;
        }, cancellationToken);

    public Task<IReadOnlyList<TimelineEntry>> RegistrantTimelineAsync(long accountKey, CventId registrantId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<TimelineEntry>>(async (s, ct) =>
        {
            // registration_history_registrant serves the lookup; the log has no foreign keys on PostgreSQL, hence LEFT JOINs.
            await using var reader = await s.Command(
                    "SELECT c.at, h.action, s.id, s.name, c.operation, u.user_name, c.call_id, h.message_id, c.console_user FROM registrants r " +
                    "JOIN registration_history h ON h.registrant_pk = r.pk JOIN api_calls c ON c.pk = h.call_pk JOIN sessions s ON s.pk = h.session_pk " +
                    "LEFT JOIN api_users u ON u.pk = c.api_user_pk WHERE r.account_pk = @a AND r.id = @id ORDER BY c.at, h.pk")
                .With("@a", accountKey).With("@id", Dialect.IdValue(registrantId)).ExecuteReaderAsync(ct);
            var entries = new List<TimelineEntry>();
            while (await reader.ReadAsync(ct))
            {
                entries.Add(new TimelineEntry(
                    UnixTime.FromStored(reader.GetInt64(0)), (TimelineAction)reader.GetInt64(1), new CventId(reader.GetGuid(2)), reader.GetString(3),
                    reader.GetString(4), reader.GetNullableString(5) ?? "", reader.GetString(6), reader.GetNullableString(7), reader.GetNullableString(8)));
            }

            return entries;
        }, cancellationToken);

    private Task<IReadOnlyList<SessionPlace>> ReadPlacesAsync(string sql, long accountKey, CventId sessionId, long after, int limit, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyList<SessionPlace>>(async (s, ct) =>
        {
            await using var reader = await s.Command(sql)
                .With("@a", accountKey).With("@id", Dialect.IdValue(sessionId)).With("@after", after).With("@n", limit).ExecuteReaderAsync(ct);
            var places = new List<SessionPlace>();
            while (await reader.ReadAsync(ct))
            {
                places.Add(ReadPlace(reader));
            }

            return places;
        }, cancellationToken);

    private static SessionPlace ReadPlace(DbDataReader reader) => new(
        reader.GetInt64(0), new CventId(reader.GetGuid(1)), (RegistrantKind)reader.GetInt64(2), reader.GetString(3), reader.GetString(4),
        reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : (int)reader.GetInt64(7), UnixTime.FromStored(reader.GetInt64(8)));
}
