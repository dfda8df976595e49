using System.Runtime.CompilerServices;
using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>
/// Registrations at an instant: the account's registration history up to that instant, replayed session by session
/// in the order it was written. Every change of a seat or waitlist place writes a history row in the same
/// transaction (SessionRegAction is the only writer of both), so the replay up to now equals the current state;
/// the contract tests hold the two equal after random sequences of calls, at every instant in between.
/// </summary>
public abstract partial class SqlStore : IRegistrationHistory
{
    public IAsyncEnumerable<RegistrationRow> ExportRegistrationsAtAsync(long accountKey, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ReplayAsync(accountKey, at, null, cancellationToken);

    public IAsyncEnumerable<RegistrationRow> ExportRegistrationsAtAsync(long accountKey, DateTimeOffset at, CventId sessionId, CancellationToken cancellationToken = default) =>
        ReplayAsync(accountKey, at, sessionId, cancellationToken);

    /// <summary>
    /// The replay of the account's history (or of one session's, through registration_history_session) up to
    /// <paramref name="at"/>.
    /// </summary>
    private async IAsyncEnumerable<RegistrationRow> ReplayAsync(
        long accountKey, DateTimeOffset at, CventId? sessionId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = await ReadAsync<IReadOnlyList<RegistrationRow>>(async (s, ct) =>
        {
            var rows = new List<RegistrationRow>();
            var seats = new Dictionary<long, (Placed Who, long At)>();
            var waitlist = new List<(Placed Who, long At)>();
            long? current = null;
            var oneSession = sessionId is null ? "" : " AND h.session_pk = (SELECT pk FROM sessions WHERE account_pk = @a AND id = @s)";
            var command = s.Command(
                    "SELECT h.session_pk, h.registrant_pk, h.action, c.at, e.id, s.id, s.name, r.id, r.kind, r.confirmation_number, r.first_name, r.last_name " +
                    "FROM registration_history h JOIN api_calls c ON c.pk = h.call_pk JOIN sessions s ON s.pk = h.session_pk " +
                    "JOIN events e ON e.pk = s.event_pk JOIN registrants r ON r.pk = h.registrant_pk " +
                    $"WHERE c.account_pk = @a AND c.at <= @t{oneSession} ORDER BY h.session_pk, h.pk")
                .With("@a", accountKey).With("@t", UnixTime.ToStored(at));
            if (sessionId is { } id)
            {
                command.With("@s", Dialect.IdValue(id));
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var session = reader.GetInt64(0);
                if (session != current)
                {
                    Flush(rows, seats, waitlist);
                    current = session;
                }

                var who = new Placed(
                    reader.GetInt64(1), new CventId(reader.GetGuid(4)).ToString(), new CventId(reader.GetGuid(5)).ToString(), reader.GetString(6),
                    new CventId(reader.GetGuid(7)).ToString(), ((RegistrantKind)reader.GetInt64(8)).ToString(), reader.GetString(9),
                    reader.GetString(10), reader.GetString(11));
                var time = reader.GetInt64(3);
                switch ((HistoryAction)reader.GetInt64(2))
                {
                    case HistoryAction.Registered:
                        seats[who.Key] = (who, time);
                        break;
                    case HistoryAction.Unregistered:
                        seats.Remove(who.Key);
                        break;
                    case HistoryAction.Waitlisted:
                        waitlist.Add((who, time));
                        break;
                    case HistoryAction.LeftWaitlist:
                        waitlist.RemoveAll(w => w.Who.Key == who.Key);
                        break;
                    case HistoryAction.Promoted:
                        waitlist.RemoveAll(w => w.Who.Key == who.Key);
                        seats[who.Key] = (who, time);
                        break;
                }
            }

            Flush(rows, seats, waitlist);
            return
            [
                .. rows.OrderBy(r => r.EventId, StringComparer.Ordinal).ThenBy(r => r.SessionName, StringComparer.Ordinal)
                    .ThenBy(r => r.Placement, StringComparer.Ordinal).ThenBy(r => r.WaitlistPosition)
                    .ThenBy(r => r.LastName, StringComparer.Ordinal).ThenBy(r => r.FirstName, StringComparer.Ordinal)
                    .ThenBy(r => r.RegistrantId, StringComparer.Ordinal),
            ];
        }, cancellationToken);

        foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>Adds one session's seats and waitlist (as replayed) to <paramref name="rows"/>, and empties them.</summary>
    private static void Flush(List<RegistrationRow> rows, Dictionary<long, (Placed Who, long At)> seats, List<(Placed Who, long At)> waitlist)
    {
        rows.AddRange(seats.Values.Select(x => x.Who.Row("Registered", null, x.At)));
        rows.AddRange(waitlist.Select((x, i) => x.Who.Row("Waitlisted", i + 1, x.At)));
        seats.Clear();
        waitlist.Clear();
    }

    private sealed record Placed(
        long Key, string EventId, string SessionId, string SessionName, string RegistrantId, string RegistrantKind, string ConfirmationNumber,
        string FirstName, string LastName)
    {
        public RegistrationRow Row(string placement, int? position, long at) => new(
            EventId, SessionId, SessionName, RegistrantId, RegistrantKind, ConfirmationNumber, FirstName, LastName, placement, position,
            UnixTime.FromStored(at));
    }
}
