using Breakout.Domain;
using Breakout.Domain.Invitees;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Registration types (<c>registration_types</c>, the sessions each includes in <c>registration_type_sessions</c>) and
/// UpdateRegistrationType. A type's capacity is a CHECK on its holder count, which the assigning UPDATE raises only
/// while below it. An Accepted invitee changing type takes a seat in each session the new type includes (all or
/// none: every such session must have a free seat) and gives up the seats of sessions only the old type included,
/// promoting from their waitlists. A call first locks every session the event's types include, then its invitees, each in
/// key order, as SessionRegAction locks a session before its registrants (PostgresLockOrderTests).
/// </summary>
public abstract partial class SqlStore
{
    private sealed record RegistrationTypeRow(long Key, string Name, string Code);

    public Task SaveRegistrationTypesAsync(long accountKey, IReadOnlyList<RegistrationTypeRecord> types, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            foreach (var type in types)
            {
                if (await UpsertRegistrationTypeAsync(s, accountKey, type, ct) is { } problem)
                {
                    throw new ArgumentException(problem, nameof(types));
                }
            }

            return true;
        }, cancellationToken);

    /// <summary>
    /// Creates or updates (by ID) one registration type, or says why it cannot (nothing written then): its event must
    /// be the account's (and stay the same on an update), its name not empty and not another type's of the event, its
    /// capacity -1 or more and not below the invitees holding it, and each included session the event's. Invitees
    /// already holding the type keep their seats when its sessions change.
    /// </summary>
    private async Task<string?> UpsertRegistrationTypeAsync(SqlSession s, long accountKey, RegistrationTypeRecord type, CancellationToken ct)
    {
        if (await FindKeyAsync(s, "events", accountKey, type.EventId, ct) is not { } eventKey)
        {
            return $"Event {type.EventId} does not exist.";
        }

        if (string.IsNullOrWhiteSpace(type.Name) || type.Capacity < -1)
        {
            return string.IsNullOrWhiteSpace(type.Name) ? "name is missing." : $"capacity {type.Capacity} is below -1 (no limit).";
        }

        await using (var reader = await s.Command("SELECT event_pk, holder_count FROM registration_types WHERE account_pk = @a AND id = @id")
            .With("@a", accountKey).With("@id", Dialect.IdValue(type.Id)).ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                if (reader.GetInt64(0) != eventKey)
                {
                    return $"Registration type {type.Id} belongs to another event.";
                }

                if (type.Capacity >= 0 && reader.GetInt64(1) > type.Capacity)
                {
                    return $"capacity {type.Capacity} is below the {reader.GetInt64(1)} invitees holding the type.";
                }
            }
        }

        if (await s.Command("SELECT 1 FROM registration_types WHERE event_pk = @e AND name = @n AND id <> @id")
                .With("@e", eventKey).With("@n", type.Name).With("@id", Dialect.IdValue(type.Id)).ExecuteScalarAsync(ct) is not null)
        {
            return $"Another registration type of event {type.EventId} is named '{type.Name}'.";
        }

        var sessionKeys = new List<long>();
        foreach (var session in type.IncludedSessions.Distinct())
        {
            if (await s.Command("SELECT pk FROM sessions WHERE account_pk = @a AND id = @id AND event_pk = @e")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(session)).With("@e", eventKey).ScalarInt64Async(ct) is not { } sessionKey)
            {
                return $"Session {session} is not a session of event {type.EventId}.";
            }

            sessionKeys.Add(sessionKey);
        }

        var key = (await s.Command(
                "INSERT INTO registration_types (account_pk, id, event_pk, name, code, capacity, updated_at) VALUES (@a, @id, @e, @n, @c, @k, @t) " +
                "ON CONFLICT (account_pk, id) DO UPDATE SET name = excluded.name, code = excluded.code, capacity = excluded.capacity, updated_at = excluded.updated_at " +
                "RETURNING pk")
            .With("@a", accountKey).With("@id", Dialect.IdValue(type.Id)).With("@e", eventKey).With("@n", type.Name).With("@c", type.Code)
            .With("@k", type.Capacity).With("@t", Now).ScalarInt64Async(ct))!.Value;
        await s.Command("DELETE FROM registration_type_sessions WHERE registration_type_pk = @r").With("@r", key).ExecuteNonQueryAsync(ct);
        foreach (var sessionKey in sessionKeys)
        {
            await s.Command("INSERT INTO registration_type_sessions (registration_type_pk, session_pk) VALUES (@r, @s)")
                .With("@r", key).With("@s", sessionKey).ExecuteNonQueryAsync(ct);
        }

        return null;
    }

    public Task<IReadOnlyList<ItemResult>> UpdateRegistrationTypesAsync(UpdateRegistrationTypesCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var e = CventId.TryParse(command.EventId?.Trim(), out var eventId) ? await LoadEventAsync(s, command.AccountKey, eventId, ct) : null;
            if (e is null)
            {
                return [.. command.Registrations.Select(r => new ItemResult(CventId.Echo(r.Id), NullIfEmpty(r.MessageId), CventErrors.InvalidEventId))];
            }

            var types = new List<RegistrationTypeRow>();
            await using (var reader = await s.Command("SELECT pk, name, code FROM registration_types WHERE event_pk = @e ORDER BY pk").With("@e", e.Key).ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    types.Add(new RegistrationTypeRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "UpdateRegistrationType");
            await LockTypeChangeRowsInOrderAsync(s, command, e.Key, ct);
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Registrations.Count);
            foreach (var item in command.Registrations)
            {
                results.Add(await UpdateRegistrationTypeAsync(s, call, e.Key, types, item, seen, ct));
            }

            return results;
        }, cancellationToken);

    /// <summary>
    /// Locks every session a registration type of the event includes, then every invitee the call names by ID, each in
    /// key order, before the first item: an item takes seats in its new type's sessions and gives up its old type's,
    /// so without this a later item would lock a session after an earlier item's invitee, the reverse of the order
    /// SessionRegAction locks in (a session, then its registrants), and two nodes could wait for each other.
    /// </summary>
    private async Task LockTypeChangeRowsInOrderAsync(SqlSession s, UpdateRegistrationTypesCommand command, long eventKey, CancellationToken ct)
    {
        if (!Dialect.LocksRows)
        {
            // One writer at a time (SQLite): nothing to wait for, so nothing to order.
            return;
        }

        await s.Command("SELECT s.pk FROM sessions s WHERE s.pk IN (SELECT x.session_pk FROM registration_type_sessions x " +
                "JOIN registration_types t ON t.pk = x.registration_type_pk WHERE t.event_pk = @e) ORDER BY s.pk" + Dialect.LockRows("s"))
            .With("@e", eventKey).ExecuteNonQueryAsync(ct);
        var ids = ParsedIds(command.Registrations.Select(r => r.Id?.Trim()));
        if (ids.Length > 0)
        {
            var registrants = s.Command(LockRegistrantsSql("@r"));
            Dialect.BindRows(registrants, "@r", Dialect.IdValues(ids));
            await registrants.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task<ItemResult> UpdateRegistrationTypeAsync(
        SqlSession s, CallContext call, long eventKey, IReadOnlyList<RegistrationTypeRow> types, RegistrationTypeInput input, HashSet<CventId> seen, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        if (string.IsNullOrWhiteSpace(input.Id))
        {
            return new ItemResult(null, reference, CventErrors.RegistrationIdRequired);
        }

        ItemResult Refused(CventError error) => new(CventId.Echo(input.Id), reference, error);
        if (!CventId.TryParse(input.Id.Trim(), out var id))
        {
            return Refused(CventErrors.InviteeDoesNotExist);
        }

        if (!seen.Add(id))
        {
            return Refused(CventErrors.DuplicateRegistrationTypeItem);
        }

        var (code, name) = (input.Code?.Trim(), input.Name?.Trim());
        if (string.IsNullOrEmpty(code) && string.IsNullOrEmpty(name))
        {
            return Refused(CventErrors.RegistrationTypeRequired);
        }

        var type = !string.IsNullOrEmpty(code)
            ? types.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase))
            : types.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        if (type is null)
        {
            return Refused(CventErrors.RegistrationTypeDoesNotExist.WithDescription(
                $"{CventErrors.RegistrationTypeDoesNotExist.Description}: '{code ?? name}'; the event has {(types.Count == 0 ? "none" : string.Join(", ", types.Select(t => $"{t.Name} ({t.Code})")))}."));
        }

        // The sessions either type includes, locked in key order before the invitee.
        var peek = await s.Command("SELECT r.registration_type_pk FROM registrants r WHERE r.account_pk = @a AND r.id = @id AND r.kind = 0 AND r.event_pk = @e")
            .With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).With("@e", eventKey).ScalarInt64Async(ct);
        var included = await IncludedSessionsAsync(s, type.Key, ct);
        var previous = peek is { } oldKey ? await IncludedSessionsAsync(s, oldKey, ct) : [];
        var sessions = new Dictionary<long, SessionState>();
        foreach (var sessionKey in included.Union(previous).Order())
        {
            sessions[sessionKey] = (await LoadSessionByKeyAsync(s, sessionKey, ct))!;
        }

        var invitee = await FindRegistrantAsync(s, call.AccountKey, id, ct);
        if (invitee is null || invitee.Kind != RegistrantKind.Invitee || invitee.EventKey != eventKey)
        {
            return Refused(CventErrors.InviteeDoesNotExist);
        }

        if (invitee.Status is InviteeStatus.Declined or InviteeStatus.Cancelled or InviteeStatus.DeniedApproval)
        {
            return Refused(CventErrors.RegistrationTypeNotChangeable.WithDescription(
                $"{CventErrors.RegistrationTypeNotChangeable.Description}: the invitee is {invitee.Status.ToWire()}."));
        }

        var current = await s.Command("SELECT registration_type_pk FROM registrants WHERE pk = @r").With("@r", invitee.Key).ScalarInt64Async(ct);
        if (current == type.Key)
        {
            return new ItemResult(id.ToString(), reference, null);
        }

        // Seats held now, and the included sessions the invitee would have to take a seat in.
        var held = new HashSet<long>();
        await using (var reader = await s.Command("SELECT session_pk FROM session_registrations WHERE registrant_pk = @r").With("@r", invitee.Key).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                held.Add(reader.GetInt64(0));
            }
        }

        var accepted = invitee.Status == InviteeStatus.Accepted;
        var toTake = accepted ? included.Where(k => !held.Contains(k)).Order().ToList() : [];
        if (toTake.FirstOrDefault(k => sessions.TryGetValue(k, out var session) && !session.HasFreeSeat) is var full && full != 0)
        {
            return Refused(CventErrors.IncludedSessionFull.WithDescription($"{CventErrors.IncludedSessionFull.Description}: session {sessions[full].Id}."));
        }

        var assigned = await s.Command(
                "UPDATE registration_types SET holder_count = holder_count + 1, updated_at = @t WHERE pk = @k AND (capacity < 0 OR holder_count < capacity) RETURNING holder_count")
            .With("@t", Now).With("@k", type.Key).ScalarInt64Async(ct);
        if (assigned is null)
        {
            return Refused(CventErrors.RegistrationTypeFull.WithDescription($"{CventErrors.RegistrationTypeFull.Description}: {type.Name}."));
        }

        if (current is { } currentKey)
        {
            await s.Command("UPDATE registration_types SET holder_count = holder_count - 1, updated_at = @t WHERE pk = @k").With("@t", Now).With("@k", currentKey)
                .ExecuteNonQueryAsync(ct);
        }

        await s.Command("UPDATE registrants SET registration_type_pk = @k, updated_at = @t WHERE pk = @r").With("@k", type.Key).With("@t", Now).With("@r", invitee.Key)
            .ExecuteNonQueryAsync(ct);
        await CallKeyAsync(s, call, ct);
        foreach (var sessionKey in toTake)
        {
            var session = sessions[sessionKey];
            if (await s.Command("SELECT 1 FROM session_waitlist WHERE session_pk = @s AND registrant_pk = @r").With("@s", sessionKey).With("@r", invitee.Key)
                    .ScalarInt64Async(ct) is not null)
            {
                session = await LeaveWaitlistAsync(s, call, session, invitee.Key, input.MessageId, ct);
            }

            await TakeSeatAsync(s, sessionKey, ct);
            await InsertSeatAsync(s, sessionKey, invitee.Key, ct);
            await RecordAsync(s, call, sessionKey, invitee.Key, HistoryAction.Registered, input.MessageId, ct);
        }

        var released = current is { } oldType ? await IncludedSessionsAsync(s, oldType, ct) : [];
        foreach (var sessionKey in released.Where(k => accepted && held.Contains(k) && !included.Contains(k)).Order())
        {
            await GiveUpSeatAsync(s, call, (await LoadSessionByKeyAsync(s, sessionKey, ct))!, invitee.Key, input.MessageId, ct);
        }

        var oldName = current is { } k ? types.FirstOrDefault(t => t.Key == k)?.Name : null;
        await RecordFieldChangesAsync(s, call, nameof(CvObjectType.Invitee), invitee.Key, [("RegistrationType", oldName, type.Name)], ct);
        return new ItemResult(id.ToString(), reference, null);
    }

    private static async Task<List<long>> IncludedSessionsAsync(SqlSession s, long typeKey, CancellationToken ct)
    {
        var keys = new List<long>();
        await using var reader = await s.Command("SELECT session_pk FROM registration_type_sessions WHERE registration_type_pk = @r ORDER BY session_pk")
            .With("@r", typeKey).ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(reader.GetInt64(0));
        }

        return keys;
    }
}
