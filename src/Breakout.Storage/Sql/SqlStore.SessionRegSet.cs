using Breakout.Domain;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    /// <summary>One row of <c>registration_history</c> to write, in item order.</summary>
    private readonly record struct HistoryRow(long RegistrantKey, HistoryAction Action, string? MessageId);

    /// <summary>
    /// Applies calls on one session with a fixed number of statements, whatever their item count: the registrants of
    /// all items were found (and locked) at once, every item of every call is decided in order against the state read
    /// under the session's lock, and the changes are written with one conditional counter UPDATE, multi-row INSERTs
    /// and DELETEs, and per call its <c>api_calls</c> row and history. The counter UPDATE still enforces capacity in
    /// the database, and only applies if the counts are still those the decisions were made on. Returns null, having
    /// changed nothing, when an item could promote from the waitlist or leave it (Unregister on a session with a
    /// waitlist), or when a call registers into a session whose event refuses time clashes: those calls go item by item.
    /// </summary>
    private async Task<IReadOnlyList<IReadOnlyList<SessionRegItemResult>>?> TryApplySetAsync(
        SqlSession s, IReadOnlyList<(CallContext Call, IReadOnlyList<SessionRegItem> Items)> calls, SessionState session,
        IReadOnlyDictionary<CventId, RegistrantState> found, DateTimeOffset now, CancellationToken ct)
    {
        if (session.ClashPolicy != ClashPolicy.Allow && calls.Any(c => c.Call.Action == SessionRegActionType.Register))
        {
            // Each registration must see the registrant's other sessions as the calls before it left them: item by item.
            // Only a registration can clash: calls that only unregister are decided here as under Allow.
            return null;
        }

        var set = new SeatSet(session);
        var answers = new SessionRegItemResult[calls.Count][];
        for (var c = 0; c < calls.Count; c++)
        {
            var (call, items) = calls[c];
            if (call.Action != SessionRegActionType.Register && set.State.WaitlistedCount > 0)
            {
                return null;
            }

            var resolved = await ResolveRegistrantsAsync(s, call.AccountKey, session, items, found, ct);
            var results = answers[c] = new SessionRegItemResult[items.Count];
            var history = set.BeginCall(call);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var (registrant, refusal) = resolved[i];
                if (registrant is null)
                {
                    results[i] = Refused(item, refusal!);
                    continue;
                }

                registrant = set.Current(registrant);
                var decision = SessionRegistrationRules.Decide(call.Action, set.State, registrant, now);
                var error = decision.Error;
                switch (decision.Outcome)
                {
                    case RegistrationOutcome.Registered:
                        set.Move(registrant, Placement.Registered);
                        history.Add(new HistoryRow(registrant.Key, HistoryAction.Registered, item.MessageId));
                        break;
                    case RegistrationOutcome.Waitlisted:
                        set.Move(registrant, Placement.Waitlisted);
                        history.Add(new HistoryRow(registrant.Key, HistoryAction.Waitlisted, item.MessageId));
                        error = CventErrors.Waitlisted.WithDescription($"{CventErrors.Waitlisted.Description} at position {set.State.WaitlistedCount}");
                        break;
                    case RegistrationOutcome.Unregistered:
                        set.Move(registrant, Placement.None);
                        history.Add(new HistoryRow(registrant.Key, HistoryAction.Unregistered, item.MessageId));
                        break;
                    case RegistrationOutcome.LeftWaitlist:
                        // Not reached: without a waitlist no one is on it. Kept exact by going item by item.
                        return null;
                }

                results[i] = new SessionRegItemResult(registrant.Id.ToString(), NullIfEmpty(item.MessageId), decision.Outcome, error);
            }
        }

        if (set.HasChanges)
        {
            await WriteSetAsync(s, set, ct);
        }

        return answers;
    }

    /// <summary>
    /// The seats and waitlist places of one session as the items of a set move registrants between them, in memory:
    /// the running counts, each registrant's placement, and what to write.
    /// </summary>
    private sealed class SeatSet(SessionState session)
    {
        private readonly Dictionary<long, Placement> loaded = [];
        private readonly Dictionary<long, Placement> placements = [];
        private readonly HashSet<long> freed = [];
        private readonly List<long> touched = [];

        public SessionState Session { get; } = session;

        public SessionState State { get; private set; } = session;

        /// <summary>Most seats taken above the loaded count at any point (what the capacity check must allow).</summary>
        public int Rise { get; private set; }

        /// <summary>Registrants put on the waitlist, in order (a set never takes anyone off it).</summary>
        public List<long> Waitlisted { get; } = [];

        /// <summary>Per call with changes, its history rows in item order.</summary>
        public List<(CallContext Call, List<HistoryRow> History)> Calls { get; } = [];

        public bool HasChanges => Calls.Exists(c => c.History.Count > 0);

        /// <summary>Seat rows to delete: registrants seated when loaded who gave their seat up (maybe to take a new one).</summary>
        public long[] SeatsToDelete => [.. touched.Where(k => loaded[k] == Placement.Registered && freed.Contains(k))];

        /// <summary>Seat rows to insert: registrants seated at the end who were not, or who gave that seat up on the way.</summary>
        public long[] SeatsToInsert =>
            [.. touched.Where(k => placements[k] == Placement.Registered && (loaded[k] != Placement.Registered || freed.Contains(k)))];

        public List<HistoryRow> BeginCall(CallContext call)
        {
            var history = new List<HistoryRow>();
            Calls.Add((call, history));
            return history;
        }

        /// <summary>The registrant as the set has left it so far.</summary>
        public RegistrantState Current(RegistrantState registrant) =>
            placements.TryGetValue(registrant.Key, out var placement) ? registrant with { Placement = placement } : registrant;

        public void Move(RegistrantState registrant, Placement to)
        {
            if (loaded.TryAdd(registrant.Key, registrant.Placement))
            {
                touched.Add(registrant.Key);
            }

            switch (to)
            {
                case Placement.Registered:
                    State = State with { RegisteredCount = State.RegisteredCount + 1 };
                    Rise = Math.Max(Rise, State.RegisteredCount - Session.RegisteredCount);
                    break;
                case Placement.Waitlisted:
                    State = State with { WaitlistedCount = State.WaitlistedCount + 1 };
                    Waitlisted.Add(registrant.Key);
                    break;
                default:
                    State = State with { RegisteredCount = State.RegisteredCount - 1 };
                    freed.Add(registrant.Key);
                    break;
            }

            placements[registrant.Key] = to;
        }
    }

    private async Task WriteSetAsync(SqlSession s, SeatSet set, CancellationToken ct)
    {
        var session = set.Session;
        var batch = new SqlBatch(s);
        // The capacity checks live in the UPDATE, as in the item-by-item path; the count checks make it apply only to
        // the state the decisions were made on (always so under the session's lock, and with SQLite's single writer).
        batch.Add(
                "UPDATE sessions SET registered_count = registered_count + @dr, waitlisted_count = waitlisted_count + @dw " +
                "WHERE pk = @s AND registered_count = @r AND waitlisted_count = @w " +
                "AND (@rise = 0 OR capacity < 0 OR registered_count + @rise <= capacity) " +
                "AND (@dw = 0 OR (enable_waitlist = 1 AND (waitlist_capacity < 0 OR waitlisted_count + @dw <= waitlist_capacity)))")
            .With("@dr", set.State.RegisteredCount - session.RegisteredCount).With("@dw", set.Waitlisted.Count).With("@rise", set.Rise)
            .With("@s", session.Key).With("@r", session.RegisteredCount).With("@w", session.WaitlistedCount);
        if (set.SeatsToDelete is { Length: > 0 } delete)
        {
            Dialect.BindRows(
                batch.Add($"DELETE FROM session_registrations WHERE session_pk = @s AND {Dialect.InRows("registrant_pk", "@k")}")
                    .With("@s", session.Key),
                "@k", delete);
        }

        if (set.SeatsToInsert is { Length: > 0 } insert)
        {
            Dialect.BindRows(
                batch.Add($"INSERT INTO session_registrations (session_pk, registrant_pk, registered_at) SELECT @s, c0, @t FROM {Dialect.RowsOf("@k", 1)} ORDER BY i")
                    .With("@s", session.Key).With("@t", Now),
                "@k", insert);
        }

        if (set.Waitlisted.Count > 0)
        {
            var positions = Enumerable.Range(session.WaitlistedCount + 1, set.Waitlisted.Count).Select(p => (long)p).ToArray();
            Dialect.BindRows(
                batch.Add($"INSERT INTO session_waitlist (session_pk, registrant_pk, position, waitlisted_at) SELECT @s, c0, c1, @t FROM {Dialect.RowsOf("@k", 2)} ORDER BY i")
                    .With("@s", session.Key).With("@t", Now),
                "@k", set.Waitlisted.ToArray(), positions);
        }

        var calls = set.Calls.Where(c => c.History.Count > 0).ToArray();
        var history = calls.SelectMany((c, index) => c.History.Select(h => (Index: index, c.Call, Row: h))).ToArray();
        foreach (var statement in InsertCallsWithHistory)
        {
            var command = batch.Add(statement.Sql);
            foreach (var name in statement.Parameters)
            {
                switch (name)
                {
                    case "@calls":
                        Dialect.BindRows(command, name, calls.Select(c => c.Call.ApiUserKey).ToArray(), calls.Select(c => c.Call.CallId.ToString()).ToArray());
                        break;
                    case "@history":
                        Dialect.BindRows(command, name,
                            history.Select(h => (long)h.Index).ToArray(), history.Select(h => h.Call.CallId.ToString()).ToArray(),
                            history.Select(h => h.Row.RegistrantKey).ToArray(), history.Select(h => (long)h.Row.Action).ToArray(),
                            history.Select(h => NullIfEmpty(h.Row.MessageId)).ToArray());
                        break;
                    default:
                        command.With(name, name switch
                        {
                            "@a" => calls[0].Call.AccountKey,
                            "@o" => calls[0].Call.Operation,
                            "@t" => Now,
                            "@s" => session.Key,
                            "@n" => calls.Length,
                            "@m" => history.Length,
                            _ => throw new InvalidOperationException($"{name} is not a parameter of the calls-with-history statements."),
                        });
                        break;
                }
            }
        }

        var affected = await batch.ExecuteAsync(ct);
        if (affected[0] != 1)
        {
            // Cannot happen while the session row is locked (or SQLite's writer is alone); if it does, this request is
            // rolled back to its savepoint rather than risk a seat the database did not grant.
            throw new InvalidOperationException($"Session {session.Id} changed under its lock: counts {session.RegisteredCount}/{session.WaitlistedCount} no longer hold.");
        }
    }
}
