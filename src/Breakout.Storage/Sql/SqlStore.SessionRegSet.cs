using Breakout.Domain;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>One row of <c>registration_history</c> to write, in item order.</summary>
    private readonly record struct HistoryRow(long RegistrantKey, HistoryAction Action, string? MessageId);

    /// <summary>
    /// Applies a whole call with a fixed number of statements, whatever its item count: the registrants of all items
    /// are found (and locked) at once, every item is decided in order against the state read under the session's lock,
    /// and the changes are written with one conditional counter UPDATE and multi-row INSERTs and DELETEs. The counter
    /// UPDATE still enforces capacity in the database, and only applies if the counts are still those the decisions
    /// were made on. Returns null, having changed nothing, when an item could promote from the waitlist (Unregister on
    /// a session with a waitlist): those calls go item by item.
    /// </summary>
    private async Task<IReadOnlyList<SessionRegItemResult>?> TryApplySetAsync(
        SqlSession s, CallContext call, SessionState session, IReadOnlyList<SessionRegItem> items, IReadOnlyDictionary<CventId, RegistrantState> found,
        DateTimeOffset now, CancellationToken ct)
    {
        if (call.Action != SessionRegActionType.Register && session.WaitlistedCount > 0)
        {
            return null;
        }

        var resolved = await ResolveRegistrantsAsync(s, call.AccountKey, session, items, found, ct);
        var results = new SessionRegItemResult[items.Count];
        var placements = new Dictionary<long, Placement>();
        var seats = new List<long>();
        var freed = new List<long>();
        var waitlisted = new List<long>();
        var history = new List<HistoryRow>();
        var state = session;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var (registrant, refusal) = resolved[i];
            if (registrant is null)
            {
                results[i] = Refused(item, refusal!);
                continue;
            }

            if (placements.TryGetValue(registrant.Key, out var placement))
            {
                registrant = registrant with { Placement = placement };
            }

            var decision = SessionRegistrationRules.Decide(call.Action, state, registrant, now);
            var error = decision.Error;
            switch (decision.Outcome)
            {
                case RegistrationOutcome.Registered:
                    state = state with { RegisteredCount = state.RegisteredCount + 1 };
                    seats.Add(registrant.Key);
                    placements[registrant.Key] = Placement.Registered;
                    history.Add(new HistoryRow(registrant.Key, HistoryAction.Registered, item.MessageId));
                    break;
                case RegistrationOutcome.Waitlisted:
                    state = state with { WaitlistedCount = state.WaitlistedCount + 1 };
                    waitlisted.Add(registrant.Key);
                    placements[registrant.Key] = Placement.Waitlisted;
                    history.Add(new HistoryRow(registrant.Key, HistoryAction.Waitlisted, item.MessageId));
                    error = CventErrors.Waitlisted.WithDescription($"{CventErrors.Waitlisted.Description} at position {state.WaitlistedCount}");
                    break;
                case RegistrationOutcome.Unregistered:
                    state = state with { RegisteredCount = state.RegisteredCount - 1 };
                    freed.Add(registrant.Key);
                    placements[registrant.Key] = Placement.None;
                    history.Add(new HistoryRow(registrant.Key, HistoryAction.Unregistered, item.MessageId));
                    break;
                case RegistrationOutcome.LeftWaitlist:
                    // Not reached: without a waitlist no one is on it. Kept exact by going item by item.
                    return null;
            }

            results[i] = new SessionRegItemResult(registrant.Id.ToString(), NullIfEmpty(item.MessageId), decision.Outcome, error);
        }

        if (history.Count > 0)
        {
            await WriteSetAsync(s, call, session, seats, freed, waitlisted, history, ct);
        }

        return results;
    }

    private async Task WriteSetAsync(
        SqlSession s, CallContext call, SessionState session, List<long> seats, List<long> freed, List<long> waitlisted, List<HistoryRow> history, CancellationToken ct)
    {
        var batch = new SqlBatch(s);
        // The capacity checks live in the UPDATE, as in the item-by-item path; the count checks make it apply only to
        // the state the decisions were made on (always so under the session's lock, and with SQLite's single writer).
        batch.Add(
                "UPDATE sessions SET registered_count = registered_count + @dr, waitlisted_count = waitlisted_count + @dw " +
                "WHERE pk = @s AND registered_count = @r AND waitlisted_count = @w " +
                "AND (@taken = 0 OR capacity < 0 OR registered_count + @taken <= capacity) " +
                "AND (@dw = 0 OR (enable_waitlist = 1 AND (waitlist_capacity < 0 OR waitlisted_count + @dw <= waitlist_capacity)))")
            .With("@dr", seats.Count - freed.Count).With("@dw", waitlisted.Count).With("@taken", seats.Count)
            .With("@s", session.Key).With("@r", session.RegisteredCount).With("@w", session.WaitlistedCount);
        WithCall(batch.Add(InsertCall), call);
        if (freed.Count > 0)
        {
            Dialect.BindRows(
                batch.Add($"DELETE FROM session_registrations WHERE session_pk = @s AND {Dialect.InRows("registrant_pk", "@k")}")
                    .With("@s", session.Key),
                "@k", freed.ToArray());
        }

        if (seats.Count > 0)
        {
            Dialect.BindRows(
                batch.Add($"INSERT INTO session_registrations (session_pk, registrant_pk, registered_at) SELECT @s, c0, @t FROM {Dialect.RowsOf("@k", 1)} ORDER BY i")
                    .With("@s", session.Key).With("@t", Now),
                "@k", seats.ToArray());
        }

        if (waitlisted.Count > 0)
        {
            var positions = Enumerable.Range(session.WaitlistedCount + 1, waitlisted.Count).Select(p => (long)p).ToArray();
            Dialect.BindRows(
                batch.Add($"INSERT INTO session_waitlist (session_pk, registrant_pk, position, waitlisted_at) SELECT @s, c0, c1, @t FROM {Dialect.RowsOf("@k", 2)} ORDER BY i")
                    .With("@s", session.Key).With("@t", Now),
                "@k", waitlisted.ToArray(), positions);
        }

        Dialect.BindRows(
            batch.Add(
                    "INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action, message_id) " +
                    $"SELECT (SELECT {Dialect.LastInsertedKey("api_calls")}), @s, c0, c1, c2 FROM {Dialect.RowsOf("@h", 3)} ORDER BY i")
                .With("@s", session.Key),
            "@h",
            history.Select(h => h.RegistrantKey).ToArray(),
            history.Select(h => (long)h.Action).ToArray(),
            history.Select(h => NullIfEmpty(h.MessageId)).ToArray());

        var affected = await batch.ExecuteAsync(ct);
        if (affected[0] != 1)
        {
            // Cannot happen while the session row is locked (or SQLite's writer is alone); if it does, this request is
            // rolled back to its savepoint rather than risk a seat the database did not grant.
            throw new InvalidOperationException($"Session {session.Id} changed under its lock: counts {session.RegisteredCount}/{session.WaitlistedCount} no longer hold.");
        }
    }
}
