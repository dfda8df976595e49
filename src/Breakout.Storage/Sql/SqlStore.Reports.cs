using Breakout.Domain;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : ISessionReports
{
    public Task<IReadOnlyList<SessionFill>?> SessionFillAsync(long accountKey, CventId? eventId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<SessionFill>?>(async (s, ct) =>
        {
            if (eventId is { } only
                && await s.Command("SELECT COUNT(*) FROM events WHERE account_pk = @a AND id = @e")
                    .With("@a", accountKey).With("@e", Dialect.IdValue(only)).ScalarInt64Async(ct) == 0)
            {
                return null;
            }

            var command = s.Command(
                SessionFillSelect + "WHERE s.account_pk = @a" +
                (eventId is null ? "" : " AND e.id = @e") +
                $" ORDER BY e.start_at IS NULL, e.start_at, {Dialect.Binary("e.title")}, e.pk, s.start_at IS NULL, s.start_at, {Dialect.Binary("s.name")}, s.pk")
                .With("@a", accountKey);
            if (eventId is { } id)
            {
                command.With("@e", Dialect.IdValue(id));
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            var sessions = new List<SessionFill>();
            while (await reader.ReadAsync(ct))
            {
                sessions.Add(ReadSessionFill(reader));
            }

            return sessions;
        }, cancellationToken);

    private const string SessionFillSelect =
        "SELECT e.id, e.title, s.id, s.name, s.code, s.start_at, s.status, s.capacity, s.registered_count, s.enable_waitlist, " +
        "s.waitlist_capacity, s.waitlisted_count, s.group_name, s.included FROM sessions s JOIN events e ON e.pk = s.event_pk ";

    private static SessionFill ReadSessionFill(System.Data.Common.DbDataReader reader) =>
        new(
            new CventId(reader.GetGuid(0)), reader.GetString(1), new CventId(reader.GetGuid(2)), reader.GetString(3), reader.GetString(4),
            UnixTime.FromStored(reader.GetNullableInt64(5)), (ProductStatus)reader.GetInt64(6), (int)reader.GetInt64(7), (int)reader.GetInt64(8),
            reader.GetInt64(9) != 0, (int)reader.GetInt64(10), (int)reader.GetInt64(11))
        {
            Group = reader.GetNullableString(12),
            Included = reader.GetInt64(13) != 0,
        };
}
