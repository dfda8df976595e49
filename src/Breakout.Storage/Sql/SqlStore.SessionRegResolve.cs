using Breakout.Domain;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    private const string RegistrantSelect = "SELECT r.pk, r.id, r.kind, r.event_pk, r.status";

    /// <summary>
    /// Loads and locks the session, then finds and locks the registrants the items name by ID, in key order so that
    /// concurrent calls lock in the same order: two statements in one command (one round trip on PostgreSQL). Each
    /// registrant comes with its placement in the session, valid when the session has no group (see
    /// <see cref="ResolveRegistrantsAsync"/>).
    /// </summary>
    private async Task<(SessionState? Session, Dictionary<CventId, RegistrantState> ById)> LoadSessionAndRegistrantsAsync(
        SqlSession s, long accountKey, CventId sessionId, IReadOnlyList<SessionRegItem> items, CancellationToken ct)
    {
        var ids = items.Select(i => CventId.TryParse(i.Id, out var id) ? id : default).Where(id => id != default).Distinct().ToArray();
        var sql = SessionSelect + "WHERE s.account_pk = @a AND s.id = @id" + Dialect.LockRows("s");
        if (ids.Length > 0)
        {
            // The session's key by subquery: this statement is sent before the first one's answer is known.
            sql += ";\n" + RegistrantSelect + ", " + PlacementColumns("(SELECT pk FROM sessions WHERE account_pk = @a AND id = @id)") +
                $" FROM registrants r WHERE r.account_pk = @a AND {Dialect.InRows("r.id", "@ids")} ORDER BY r.pk" + Dialect.LockRows("r");
        }

        var command = s.Command(sql).With("@a", accountKey).With("@id", Dialect.IdValue(sessionId));
        if (ids.Length > 0)
        {
            Dialect.BindRows(command, "@ids", Dialect.IdValues(ids));
        }

        var found = new Dictionary<CventId, RegistrantState>(ids.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var session = await reader.ReadAsync(ct) ? ReadSession(reader) : null;
        if (ids.Length > 0 && await reader.NextResultAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var registrant = ReadRegistrant(reader, placed: true);
                found[registrant.Id] = registrant;
            }
        }

        return (session, found);
    }

    /// <summary>The distinct IDs among <paramref name="texts"/> that parse; the others name no row to lock.</summary>
    private static CventId[] ParsedIds(IEnumerable<string?> texts) =>
        [.. texts.Select(text => CventId.TryParse(text, out var id) ? id : default).Where(id => id != default).Distinct()];

    /// <summary>
    /// A SELECT that locks the registrants whose IDs are bound to <paramref name="parameter"/> (<see cref="SqlDialect.BindRows"/>),
    /// in key order; matched by ID alone, so a row of another account is locked needlessly, never missed.
    /// </summary>
    private string LockRegistrantsSql(string parameter) =>
        $"SELECT r.pk FROM registrants r WHERE {Dialect.InRows("r.id", parameter)} ORDER BY r.pk" + Dialect.LockRows("r");

    /// <summary>
    /// Locks every session that SessionRegAction calls among <paramref name="inputs"/> name, then every registrant
    /// they name by ID, each in key order: the order every SessionRegAction transaction takes its locks in (its
    /// session, then its registrants in key order), so a transaction holding calls on several sessions cannot wait in a
    /// cycle with another. Rows are matched by ID alone (a row of another account is locked needlessly, never
    /// missed); registrants named by confirmation number are locked later, as in a transaction of their own.
    /// </summary>
    protected async Task LockSessionRegRowsInOrderAsync(SqlSession s, IReadOnlyList<object> inputs, CancellationToken ct)
    {
        var commands = inputs.OfType<SessionRegCommand>().ToArray();
        var sessions = ParsedIds(commands.Select(c => c.ProductId));
        if (sessions.Length < 2)
        {
            // Calls on one session: their combined run locks the session, then its registrants in key order.
            return;
        }

        var registrants = ParsedIds(commands.SelectMany(c => c.Items).Select(i => i.Id));
        var sql = $"SELECT s.pk FROM sessions s WHERE {Dialect.InRows("s.id", "@s")} ORDER BY s.pk" + Dialect.LockRows("s");
        if (registrants.Length > 0)
        {
            sql += ";\n" + LockRegistrantsSql("@r");
        }

        var command = s.Command(sql);
        Dialect.BindRows(command, "@s", Dialect.IdValues(sessions));
        if (registrants.Length > 0)
        {
            Dialect.BindRows(command, "@r", Dialect.IdValues(registrants));
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        do
        {
            while (await reader.ReadAsync(ct))
            {
            }
        }
        while (await reader.NextResultAsync(ct));
    }

    /// <summary>
    /// The registrants of all items (the same answers as <see cref="ResolveRegistrantAsync"/> item by item), with
    /// their placement in <paramref name="session"/> and in its group: those found by ID in <paramref name="found"/>,
    /// those named by confirmation number (rare in batches) found and locked one by one here.
    /// </summary>
    private async Task<(RegistrantState? Registrant, CventError? Error)[]> ResolveRegistrantsAsync(
        SqlSession s, long accountKey, SessionState session, IReadOnlyList<SessionRegItem> items, IReadOnlyDictionary<CventId, RegistrantState> found,
        CancellationToken ct)
    {
        var resolved = new (RegistrantState? Registrant, CventError? Error)[items.Count];
        var byConfirmation = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!string.IsNullOrWhiteSpace(item.Id))
            {
                if (!CventId.TryParse(item.Id, out _))
                {
                    resolved[i] = (null, CventErrors.MalformedId);
                }
            }
            else if (!string.IsNullOrWhiteSpace(item.ConfirmationNumber))
            {
                byConfirmation.Add(i);
            }
            else
            {
                resolved[i] = (null, CventErrors.NoIdProvided);
            }
        }

        // Without a group, placement only concerns this session, whose lock this transaction held before the
        // registrants were read: no one can have changed it since, so the placement read with them holds. A group's
        // other sessions are guarded by the registrant locks, so their seats are counted by a statement of its own
        // once those are held.
        var inline = session.Group is null;
        var byItem = new RegistrantState?[items.Count];
        foreach (var i in byConfirmation)
        {
            await using var reader = await s.Command(
                    RegistrantSelect + " FROM registrants r WHERE r.account_pk = @a AND r.event_pk = @e AND r.confirmation_number = @c " +
                    "ORDER BY r.kind LIMIT 1" + Dialect.LockRows("r"))
                .With("@a", accountKey).With("@e", session.EventKey).With("@c", items[i].ConfirmationNumber!.Trim()).ExecuteReaderAsync(ct);
            byItem[i] = await reader.ReadAsync(ct) ? ReadRegistrant(reader, placed: false) : null;
        }

        var unplaced = (inline ? Enumerable.Empty<RegistrantState>() : found.Values).Concat(byItem.OfType<RegistrantState>()).Select(r => r.Key).Distinct().ToArray();
        var placements = unplaced.Length > 0 ? await ReadPlacementsAsync(s, session, unplaced, ct) : [];
        for (var i = 0; i < items.Count; i++)
        {
            if (resolved[i].Error is not null)
            {
                continue;
            }

            var registrant = CventId.TryParse(items[i].Id, out var id) ? found.GetValueOrDefault(id) : byItem[i];
            if (registrant is not null && placements.TryGetValue(registrant.Key, out var placed))
            {
                registrant = registrant with { Placement = placed.Placement, HoldsOtherSessionInGroup = placed.InGroup };
            }

            resolved[i] = registrant is null ? (null, CventErrors.InviteeDoesNotExist) : (registrant, null);
        }

        return resolved;
    }

    /// <summary>
    /// Whether <c>r</c> holds a seat, or a waitlist place, in the session whose key is <paramref name="sessionKey"/>.
    /// Scalar subqueries on the primary key, not EXISTS: PostgreSQL may run an EXISTS as a hashed subplan that reads
    /// every seat of the session (27 ms per 200-invitee call on a 100,000-seat session, against 0.9 ms for 200 key
    /// lookups), and it picks that plan when its statistics lag behind a fast-growing session.
    /// </summary>
    private static string PlacementColumns(string sessionKey) =>
        $"(SELECT x.registrant_pk FROM session_registrations x WHERE x.session_pk = {sessionKey} AND x.registrant_pk = r.pk) IS NOT NULL, " +
        $"(SELECT x.registrant_pk FROM session_waitlist x WHERE x.session_pk = {sessionKey} AND x.registrant_pk = r.pk) IS NOT NULL";

    private async Task<Dictionary<long, (Placement Placement, bool InGroup)>> ReadPlacementsAsync(
        SqlSession s, SessionState session, long[] keys, CancellationToken ct)
    {
        var inGroup = session.Group is null
            ? "0 = 1"
            : "EXISTS (SELECT 1 FROM session_registrations x JOIN sessions o ON o.pk = x.session_pk WHERE x.registrant_pk = r.pk AND o.group_name = CAST(@g AS TEXT) AND o.pk <> @s) OR " +
              "EXISTS (SELECT 1 FROM session_waitlist x JOIN sessions o ON o.pk = x.session_pk WHERE x.registrant_pk = r.pk AND o.group_name = CAST(@g AS TEXT) AND o.pk <> @s)";
        var command = s.Command($"SELECT r.pk, {PlacementColumns("@s")}, {inGroup} FROM registrants r WHERE {Dialect.InRows("r.pk", "@k")}")
            .With("@s", session.Key).With("@g", session.Group);
        Dialect.BindRows(command, "@k", keys);
        var placements = new Dictionary<long, (Placement, bool)>(keys.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            placements[reader.GetInt64(0)] = (PlacementOf(reader.GetBoolean(1), reader.GetBoolean(2)), reader.GetBoolean(3));
        }

        return placements;
    }

    private static RegistrantState ReadRegistrant(System.Data.Common.DbDataReader reader, bool placed) => new(
        reader.GetInt64(0), new CventId(reader.GetGuid(1)), (RegistrantKind)reader.GetInt64(2), reader.GetInt64(3), (InviteeStatus)reader.GetInt64(4),
        placed ? PlacementOf(reader.GetBoolean(5), reader.GetBoolean(6)) : Placement.None, HoldsOtherSessionInGroup: false);

    private static Placement PlacementOf(bool registered, bool waitlisted) =>
        registered ? Placement.Registered : waitlisted ? Placement.Waitlisted : Placement.None;
}
