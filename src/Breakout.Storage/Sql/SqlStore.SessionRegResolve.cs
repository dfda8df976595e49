using Breakout.Domain;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    private const string RegistrantSelect = "SELECT r.pk, r.id, r.kind, r.event_pk, r.status";

    /// <summary>
    /// Finds and locks the registrants of all items at once (the same answers as <see cref="ResolveRegistrantAsync"/>
    /// item by item), with their placement in <paramref name="session"/> and in its group. IDs are looked up in one
    /// statement, in key order so that concurrent calls lock in the same order; confirmation numbers, rare in batches,
    /// one by one.
    /// </summary>
    private async Task<(RegistrantState? Registrant, CventError? Error)[]> ResolveRegistrantsAsync(
        SqlSession s, long accountKey, SessionState session, IReadOnlyList<SessionRegItem> items, CancellationToken ct)
    {
        var resolved = new (RegistrantState? Registrant, CventError? Error)[items.Count];
        var ids = new List<CventId>();
        var wanted = new HashSet<CventId>();
        var byConfirmation = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!string.IsNullOrWhiteSpace(item.Id))
            {
                if (!CventId.TryParse(item.Id, out var id))
                {
                    resolved[i] = (null, CventErrors.MalformedId);
                }
                else if (wanted.Add(id))
                {
                    ids.Add(id);
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

        // Without a group, placement only concerns this session, whose lock this transaction already holds: no one can
        // have changed it since, so it is read in the locking statement itself. A group's other sessions are guarded
        // by the registrant locks, so their seats are counted by a statement of its own once those are held.
        var inline = session.Group is null;
        var found = new Dictionary<CventId, RegistrantState>();
        if (ids.Count > 0)
        {
            var command = s.Command(
                    RegistrantSelect + (inline ? ", " + PlacementColumns : "") +
                    $" FROM registrants r WHERE r.account_pk = @a AND r.id IN (SELECT c0 FROM {Dialect.RowsOf("@ids", 1)}) ORDER BY r.pk" + Dialect.LockRows("r"))
                .With("@a", accountKey).With("@s", session.Key);
            Dialect.BindRows(command, "@ids", Dialect.IdValues(ids));
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var registrant = ReadRegistrant(reader, inline);
                found[registrant.Id] = registrant;
            }
        }

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

    /// <summary>Whether <c>r</c> holds a seat, or a waitlist place, in session <c>@s</c>.</summary>
    private const string PlacementColumns =
        "EXISTS (SELECT 1 FROM session_registrations x WHERE x.session_pk = @s AND x.registrant_pk = r.pk), " +
        "EXISTS (SELECT 1 FROM session_waitlist x WHERE x.session_pk = @s AND x.registrant_pk = r.pk)";

    private async Task<Dictionary<long, (Placement Placement, bool InGroup)>> ReadPlacementsAsync(
        SqlSession s, SessionState session, long[] keys, CancellationToken ct)
    {
        var inGroup = session.Group is null
            ? "0 = 1"
            : "EXISTS (SELECT 1 FROM session_registrations x JOIN sessions o ON o.pk = x.session_pk WHERE x.registrant_pk = r.pk AND o.group_name = CAST(@g AS TEXT) AND o.pk <> @s) OR " +
              "EXISTS (SELECT 1 FROM session_waitlist x JOIN sessions o ON o.pk = x.session_pk WHERE x.registrant_pk = r.pk AND o.group_name = CAST(@g AS TEXT) AND o.pk <> @s)";
        var command = s.Command($"SELECT r.pk, {PlacementColumns}, {inGroup} FROM registrants r WHERE r.pk IN (SELECT c0 FROM {Dialect.RowsOf("@k", 1)})")
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
