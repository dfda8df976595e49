using Breakout.Domain;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    private enum HistoryAction
    {
        Registered = 1,
        Unregistered = 2,
        Waitlisted = 3,
        LeftWaitlist = 4,
        Promoted = 5,
    }

    /// <summary>The API call being applied; its <c>api_calls</c> row is written with its first change.</summary>
    private sealed class CallContext(long accountKey, long apiUserKey, Guid callId, string operation)
    {
        public long AccountKey { get; } = accountKey;

        public long ApiUserKey { get; } = apiUserKey;

        public Guid CallId { get; } = callId;

        public string Operation { get; } = operation;

        public SessionRegActionType Action { get; init; }

        /// <summary>The operator console's user who made this change (null for API calls).</summary>
        public string? ConsoleUser { get; init; }

        public long? CallKey { get; set; }
    }

    /// <summary>
    /// Applies SessionRegAction calls on one session (the same account and ProductId), in order, as if one after the
    /// other: when every item of every call can be decided against the state read once under the session's lock, all
    /// of them are written as one set (see <see cref="TryApplySetAsync"/>); otherwise each call runs alone, and a call
    /// the set cannot express goes item by item.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyList<SessionRegItemResult>>> ApplySessionRegActionsAsync(
        SqlSession s, IReadOnlyList<SessionRegCommand> commands, CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        var first = commands[0];
        var (session, found) = CventId.TryParse(first.ProductId, out var productId)
            ? await LoadSessionAndRegistrantsAsync(s, first.AccountKey, productId, [.. commands.SelectMany(c => c.Items)], ct)
            : (null, []);
        if (session is null)
        {
            var error = productId != default && await IsEventAsync(s, first.AccountKey, productId, ct)
                ? CventErrors.InvalidProductType
                : CventErrors.InvalidProductId;
            return [.. commands.Select(c => c.Items.Select(item => Refused(item, error)).ToArray())];
        }

        var calls = commands.Select(c => (new CallContext(c.AccountKey, c.ApiUserKey, c.CallId, "SessionRegAction") { Action = c.Action }, c.Items)).ToArray();
        if (await TryApplySetAsync(s, calls, session, found, now, ct) is { } applied)
        {
            CountCalls(s, "set", calls.Length); // observability
            return applied;
        }

        if (commands.Count > 1)
        {
            // Nothing is written yet: each call alone, against the state the calls before it left.
            var alone = new List<IReadOnlyList<SessionRegItemResult>>(commands.Count);
            foreach (var command in commands)
            {
                alone.Add((await ApplySessionRegActionsAsync(s, [command], ct))[0]);
            }

            return alone;
        }

        var (call, items) = calls[0];
        var results = new List<SessionRegItemResult>(items.Count);
        foreach (var item in items)
        {
            var (registrant, error) = await ResolveRegistrantAsync(s, call.AccountKey, session, item, call.Action, ct);
            if (registrant is null)
            {
                results.Add(Refused(item, error!));
                continue;
            }

            (session, var result) = await ApplyItemAsync(s, call, session, registrant, item, now, ct);
            results.Add(result);
        }

        CountCalls(s, "item", 1); // observability
        return [results];
    }

    private static SessionRegItemResult Refused(SessionRegItem item, CventError error) =>
        new(CventId.Echo(item.Id), NullIfEmpty(item.MessageId), RegistrationOutcome.Refused, error);


    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private async Task<(SessionState Session, SessionRegItemResult Result)> ApplyItemAsync(
        SqlSession s, CallContext call, SessionState session, RegistrantState registrant, SessionRegItem item, DateTimeOffset now, CancellationToken ct)
    {
        var decision = SessionRegistrationRules.Decide(call.Action, session, registrant, now);
        var error = decision.Error;
        switch (decision.Outcome)
        {
            case RegistrationOutcome.Registered:
                if (await TakeSeatAsync(s, session.Key, ct) is { } registered)
                {
                    session = session with { RegisteredCount = registered };
                    await InsertSeatAsync(s, session.Key, registrant.Key, ct);
                    await RecordAsync(s, call, session.Key, registrant.Key, HistoryAction.Registered, item.MessageId, ct);
                    break;
                }

                // The database found no free seat: decide again as a full session (waitlist or refuse).
                session = session with { RegisteredCount = Math.Max(session.Capacity, 0) };
                return await ApplyItemAsync(s, call, session, registrant, item, now, ct);

            case RegistrationOutcome.Waitlisted:
                var position = await s.Command(
                        "UPDATE sessions SET waitlisted_count = waitlisted_count + 1 WHERE pk = @s AND enable_waitlist = 1 " +
                        "AND (waitlist_capacity < 0 OR waitlisted_count < waitlist_capacity) RETURNING waitlisted_count")
                    .With("@s", session.Key).ScalarInt64Async(ct);
                if (position is null)
                {
                    decision = RegistrationDecision.Refuse(CventErrors.SessionFull);
                    error = decision.Error;
                    break;
                }

                session = session with { WaitlistedCount = (int)position.Value };
                await s.Command("INSERT INTO session_waitlist (session_pk, registrant_pk, position, waitlisted_at) VALUES (@s, @r, @p, @t)")
                    .With("@s", session.Key).With("@r", registrant.Key).With("@p", position.Value).With("@t", Now).ExecuteNonQueryAsync(ct);
                await RecordAsync(s, call, session.Key, registrant.Key, HistoryAction.Waitlisted, item.MessageId, ct);
                error = CventErrors.Waitlisted.WithDescription($"{CventErrors.Waitlisted.Description} at position {position.Value}");
                break;

            case RegistrationOutcome.Unregistered:
                session = await GiveUpSeatAsync(s, call, session, registrant.Key, item.MessageId, ct);
                break;

            case RegistrationOutcome.LeftWaitlist:
                session = await LeaveWaitlistAsync(s, call, session, registrant.Key, item.MessageId, ct);
                break;
        }

        return (session, new SessionRegItemResult(registrant.Id.ToString(), NullIfEmpty(item.MessageId), decision.Outcome, error));
    }

    /// <summary>Takes a seat if the database still has one; the capacity check is part of the UPDATE itself.</summary>
    private static async Task<int?> TakeSeatAsync(SqlSession s, long sessionKey, CancellationToken ct)
    {
        var count = await s.Command(
                "UPDATE sessions SET registered_count = registered_count + 1 WHERE pk = @s AND (capacity < 0 OR registered_count < capacity) RETURNING registered_count")
            .With("@s", sessionKey).ScalarInt64Async(ct);
        return count is { } c ? (int)c : null;
    }

    private async Task InsertSeatAsync(SqlSession s, long sessionKey, long registrantKey, CancellationToken ct) =>
        await s.Command("INSERT INTO session_registrations (session_pk, registrant_pk, registered_at) VALUES (@s, @r, @t)")
            .With("@s", sessionKey).With("@r", registrantKey).With("@t", Now).ExecuteNonQueryAsync(ct);

    private static async Task<SessionState> UpdateCountsAsync(SqlSession s, SessionState session, string assignment, CancellationToken ct)
    {
        await using var reader = await s.Command($"UPDATE sessions SET {assignment} WHERE pk = @s RETURNING registered_count, waitlisted_count")
            .With("@s", session.Key).ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return session with { RegisteredCount = (int)reader.GetInt64(0), WaitlistedCount = (int)reader.GetInt64(1) };
    }

    /// <summary>Frees a registrant's seat and promotes from the waitlist into it (Unregister, and Cancel of an invitee).</summary>
    private async Task<SessionState> GiveUpSeatAsync(SqlSession s, CallContext call, SessionState session, long registrantKey, string? messageId, CancellationToken ct)
    {
        await s.Command("DELETE FROM session_registrations WHERE session_pk = @s AND registrant_pk = @r")
            .With("@s", session.Key).With("@r", registrantKey).ExecuteNonQueryAsync(ct);
        session = await UpdateCountsAsync(s, session, "registered_count = registered_count - 1", ct);
        await RecordAsync(s, call, session.Key, registrantKey, HistoryAction.Unregistered, messageId, ct);
        return await PromoteFromWaitlistAsync(s, call, session, ct);
    }

    /// <summary>Takes a registrant off the waitlist and closes the gap, so positions stay dense.</summary>
    private async Task<SessionState> LeaveWaitlistAsync(SqlSession s, CallContext call, SessionState session, long registrantKey, string? messageId, CancellationToken ct)
    {
        var left = await s.Command("DELETE FROM session_waitlist WHERE session_pk = @s AND registrant_pk = @r RETURNING position")
            .With("@s", session.Key).With("@r", registrantKey).ScalarInt64Async(ct);
        await s.Command("UPDATE session_waitlist SET position = position - 1 WHERE session_pk = @s AND position > @p")
            .With("@s", session.Key).With("@p", left).ExecuteNonQueryAsync(ct);
        session = await UpdateCountsAsync(s, session, "waitlisted_count = waitlisted_count - 1", ct);
        await RecordAsync(s, call, session.Key, registrantKey, HistoryAction.LeftWaitlist, messageId, ct);
        return session;
    }

    /// <summary>Moves the head of the waitlist into free seats, in waitlist order, inside the same transaction.</summary>
    private async Task<SessionState> PromoteFromWaitlistAsync(SqlSession s, CallContext call, SessionState session, CancellationToken ct)
    {
        while (session.WaitlistedCount > 0 && session.HasFreeSeat)
        {
            var promoted = await s.Command("DELETE FROM session_waitlist WHERE session_pk = @s AND position = 1 RETURNING registrant_pk")
                .With("@s", session.Key).ScalarInt64Async(ct)
                ?? throw new InvalidOperationException($"Session {session.Id} counts {session.WaitlistedCount} waitlisted but has no position 1.");
            await s.Command("UPDATE session_waitlist SET position = position - 1 WHERE session_pk = @s")
                .With("@s", session.Key).ExecuteNonQueryAsync(ct);
            session = await UpdateCountsAsync(s, session, "waitlisted_count = waitlisted_count - 1, registered_count = registered_count + 1", ct);
            await InsertSeatAsync(s, session.Key, promoted, ct);
            await RecordAsync(s, call, session.Key, promoted, HistoryAction.Promoted, null, ct);
            s.OnCommitted(CountPromotion); // observability
        }

        return session;
    }

    private static readonly Action CountPromotion = () => StoreTelemetry.Promotions.Add(1);

    /// <summary>Counts, once committed, SessionRegAction calls by how they were applied: as one set, or item by item.</summary>
    private void CountCalls(SqlSession s, string path, int calls)
    {
        if (StoreTelemetry.SessionRegCalls.Enabled)
        {
            var database = Dialect.DatabaseName(s.Connection);
            s.OnCommitted(() => StoreTelemetry.SessionRegCalls.Add(calls, new("path", path), new("db.namespace", database)));
        }
    }

    private const string InsertCall = "INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at, console_user) VALUES (@a, @u, @c, @o, @t, @cu)";

    private async Task<long> CallKeyAsync(SqlSession s, CallContext call, CancellationToken ct) =>
        call.CallKey ??= (await s.Command(InsertCall + " RETURNING pk")
            .With("@a", call.AccountKey).With("@u", call.ApiUserKey).With("@c", call.CallId.ToString()).With("@o", call.Operation).With("@t", Now)
            .With("@cu", call.ConsoleUser).ScalarInt64Async(ct))!.Value;

    private async Task RecordAsync(SqlSession s, CallContext call, long sessionKey, long registrantKey, HistoryAction action, string? messageId, CancellationToken ct)
    {
        await CallKeyAsync(s, call, ct);
        const string InsertHistory = "INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action, message_id) VALUES (@c, @s, @r, @a, @m)";
        const string InsertHistoryReturningKey = InsertHistory + " RETURNING pk";
        var history = s.Command(RegistrationFeedRow is null ? InsertHistory : InsertHistoryReturningKey)
            .With("@c", call.CallKey).With("@s", sessionKey).With("@r", registrantKey).With("@a", (int)action).With("@m", NullIfEmpty(messageId));
        if (RegistrationFeedRow is null)
        {
            await history.ExecuteNonQueryAsync(ct);
            return;
        }

        var historyKey = (await history.ScalarInt64Async(ct))!.Value;
        await s.Command(RegistrationFeedRow).With("@c", call.CallKey).With("@h", historyKey).With("@act", (int)action).ExecuteNonQueryAsync(ct);
    }

    private Task<SessionState?> LoadSessionAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct) =>
        LoadSessionWhereAsync(s, s.Command(SessionSelect + "WHERE s.account_pk = @a AND s.id = @id" + Dialect.LockRows("s"))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)), ct);

    private Task<SessionState?> LoadSessionByKeyAsync(SqlSession s, long sessionKey, CancellationToken ct) =>
        LoadSessionWhereAsync(s, s.Command(SessionSelect + "WHERE s.pk = @pk" + Dialect.LockRows("s")).With("@pk", sessionKey), ct);

    private const string SessionSelect =
        "SELECT s.pk, s.id, s.event_pk, e.status, s.status, s.auto_close_at, s.capacity, s.registered_count, s.enable_waitlist, " +
        "s.waitlist_capacity, s.waitlisted_count, s.included, s.group_name, e.clash_policy FROM sessions s JOIN events e ON e.pk = s.event_pk ";

    private static async Task<SessionState?> LoadSessionWhereAsync(SqlSession s, System.Data.Common.DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadSession(reader) : null;
    }

    private static SessionState ReadSession(System.Data.Common.DbDataReader reader) =>
        new(
            reader.GetInt64(0), new CventId(reader.GetGuid(1)), reader.GetInt64(2), (EventStatus)reader.GetInt64(3), (ProductStatus)reader.GetInt64(4),
            UnixTime.FromStored(reader.GetNullableInt64(5)), (int)reader.GetInt64(6), (int)reader.GetInt64(7), reader.GetInt64(8) != 0,
            (int)reader.GetInt64(9), (int)reader.GetInt64(10), reader.GetInt64(11) != 0, reader.GetNullableString(12))
        {
            ClashPolicy = (ClashPolicy)reader.GetInt64(13),
        };

    private async Task<bool> IsEventAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct) =>
        await s.Command("SELECT COUNT(*) FROM events WHERE account_pk = @a AND id = @id")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct) > 0;

    private async Task<(RegistrantState? Registrant, CventError? Error)> ResolveRegistrantAsync(
        SqlSession s, long accountKey, SessionState session, SessionRegItem item, SessionRegActionType action, CancellationToken ct)
    {
        const string Select = "SELECT r.pk, r.id, r.kind, r.event_pk, r.status FROM registrants r WHERE r.account_pk = @a AND ";

        System.Data.Common.DbCommand command;
        if (!string.IsNullOrWhiteSpace(item.Id))
        {
            if (!CventId.TryParse(item.Id, out var id))
            {
                return (null, CventErrors.MalformedId);
            }

            command = s.Command(Select + "r.id = @id" + Dialect.LockRows("r")).With("@id", Dialect.IdValue(id));
        }
        else if (!string.IsNullOrWhiteSpace(item.ConfirmationNumber))
        {
            command = s.Command(Select + "r.event_pk = @e AND r.confirmation_number = @c ORDER BY r.kind LIMIT 1" + Dialect.LockRows("r"))
                .With("@e", session.EventKey).With("@c", item.ConfirmationNumber.Trim());
        }
        else
        {
            return (null, CventErrors.NoIdProvided);
        }

        long key, eventKey;
        CventId registrantId;
        RegistrantKind kind;
        InviteeStatus status;
        await using (var reader = await command.With("@a", accountKey).ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return (null, CventErrors.InviteeDoesNotExist);
            }

            (key, registrantId, kind, eventKey, status) = (reader.GetInt64(0), new CventId(reader.GetGuid(1)), (RegistrantKind)reader.GetInt64(2),
                reader.GetInt64(3), (InviteeStatus)reader.GetInt64(4));
        }

        // Counted by a statement of its own, after the registrant row is locked: on PostgreSQL (READ COMMITTED)
        // a new statement sees what a call that held the lock before us committed, such as a seat in another
        // session of the same group. Counted in the locking statement, it would use the snapshot taken before the wait.
        Placement placement;
        bool inGroup;
        await using (var counts = await s.Command(
                "SELECT (SELECT COUNT(*) FROM session_registrations x WHERE x.session_pk = @s AND x.registrant_pk = @r), " +
                "(SELECT COUNT(*) FROM session_waitlist x WHERE x.session_pk = @s AND x.registrant_pk = @r), " +
                "(SELECT COUNT(*) FROM session_registrations x JOIN sessions o ON o.pk = x.session_pk WHERE x.registrant_pk = @r AND o.group_name = CAST(@g AS TEXT) AND o.pk <> @s) + " +
                "(SELECT COUNT(*) FROM session_waitlist x JOIN sessions o ON o.pk = x.session_pk WHERE x.registrant_pk = @r AND o.group_name = CAST(@g AS TEXT) AND o.pk <> @s)")
            .With("@s", session.Key).With("@r", key).With("@g", session.Group).ExecuteReaderAsync(ct))
        {
            await counts.ReadAsync(ct);
            placement = counts.GetInt64(0) > 0 ? Placement.Registered : counts.GetInt64(1) > 0 ? Placement.Waitlisted : Placement.None;
            inGroup = counts.GetInt64(2) > 0;
        }

        // Only a registration can clash: an Unregister item never reads the registrant's other sessions.
        var clashing = session.ClashPolicy == ClashPolicy.Allow || action != SessionRegActionType.Register
            ? null
            : await ClashingSessionAsync(s, session, key, ct);
        return (new RegistrantState(key, registrantId, kind, eventKey, status, placement, inGroup) { ClashingSession = clashing }, null);
    }

    /// <summary>
    /// A session of <paramref name="session"/>'s event whose time overlaps it (each starts before the other ends;
    /// a session without both times overlaps nothing) in which the registrant holds a seat, or a waitlist place when
    /// the event's policy counts those. Read after the registrant row is locked, like the group check above, so two
    /// calls registering one person into two overlapping sessions at once see each other: one of them is refused.
    /// </summary>
    private async Task<CventId?> ClashingSessionAsync(SqlSession s, SessionState session, long registrantKey, CancellationToken ct)
    {
        const string Overlapping =
            " x JOIN sessions o ON o.pk = x.session_pk JOIN sessions t ON t.pk = @s " +
            "WHERE x.registrant_pk = @r AND o.pk <> t.pk AND o.event_pk = t.event_pk AND o.start_at < t.end_at AND o.end_at > t.start_at";
        var sql = "SELECT o.id, o.start_at FROM session_registrations" + Overlapping +
            (session.ClashPolicy == ClashPolicy.RefuseIncludingWaitlist ? " UNION ALL SELECT o.id, o.start_at FROM session_waitlist" + Overlapping : "") +
            " ORDER BY 2, 1 LIMIT 1";
        await using var reader = await s.Command(sql).With("@s", session.Key).With("@r", registrantKey).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new CventId(reader.GetGuid(0)) : null;
    }
}
