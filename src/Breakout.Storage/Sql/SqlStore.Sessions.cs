using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Domain.Sessions;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    public Task<IReadOnlyList<ItemResult>> SaveSessionsAsync(SaveSessionsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var hasEvent = CventId.TryParse(command.EventId, out var eventId);
            var e = hasEvent ? await LoadEventAsync(s, command.AccountKey, eventId, ct) : null;
            if (command.Create && e is null)
            {
                return [.. command.Sessions.Select(i => new ItemResult(null, NullIfEmpty(i.MessageId), CventErrors.InvalidEventId))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, command.Create ? "CreateSession" : "UpdateSession")
            {
                ConsoleUser = command.ConsoleUser,
            };
            var results = new List<ItemResult>(command.Sessions.Count);
            foreach (var input in command.Sessions)
            {
                results.Add(command.Create
                    ? await CreateSessionAsync(s, call, e!.Key, input, ct)
                    : await UpdateSessionAsync(s, call, command.AccountKey, hasEvent ? e?.Key ?? -1 : null, input, ct));
            }

            return results;
        }, cancellationToken);

    private async Task<ItemResult> CreateSessionAsync(SqlSession s, CallContext call, long eventKey, SessionInput input, CancellationToken ct)
    {
        var accountKey = call.AccountKey;
        var reference = NullIfEmpty(input.MessageId);
        var id = CventId.New();
        if (!string.IsNullOrWhiteSpace(input.Id))
        {
            if (!CventId.TryParse(input.Id, out id))
            {
                return new ItemResult(null, reference, CventErrors.MalformedId);
            }

            if (await FindKeyAsync(s, "sessions", accountKey, id, ct) is not null)
            {
                return new ItemResult(null, reference, CventErrors.InvalidSessionValue.WithDescription($"A session with ID {id} already exists."));
            }
        }

        var error = SessionInputRules.Validate(input, null, null)
            ?? (string.IsNullOrWhiteSpace(input.Name) ? CventErrors.InvalidSessionValue.WithDescription("ProductName is required to create a session.") : null);
        if (error is not null)
        {
            return new ItemResult(null, reference, error);
        }

        await s.Command(
                "INSERT INTO sessions (account_pk, id, event_pk, name, code, start_at, end_at, status, auto_close_at, capacity, enable_waitlist, " +
                "waitlist_capacity, group_name, included, registered_count, waitlisted_count, updated_at, description, location_name, location_code) " +
                "VALUES (@a, @id, @e, @name, @code, @start, @end, @status, @close, @cap, @wl, @wlcap, @g, @inc, 0, 0, @t, @d, @ln, @lc)")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).With("@e", eventKey).With("@name", SessionInputRules.Truncate(input.Name))
            .With("@code", SessionInputRules.Truncate(input.Code) ?? "").With("@start", UnixTime.ToStored(input.StartTime)).With("@end", UnixTime.ToStored(input.EndTime))
            .With("@status", (int)(input.Status ?? ProductStatus.OpenForRegistration)).With("@close", UnixTime.ToStored(input.AutoCloseDate))
            .With("@cap", input.Capacity ?? -1).With("@wl", input.EnableWaitlist == true ? 1 : 0).With("@wlcap", input.WaitlistCapacity ?? 0)
            .With("@g", string.IsNullOrWhiteSpace(input.Group) ? null : SessionInputRules.Truncate(input.Group)).With("@inc", input.Included == true ? 1 : 0)
            .With("@t", Now).With("@d", SessionInputRules.Truncate(input.Description) ?? "").With("@ln", SessionInputRules.Truncate(input.LocationName) ?? "")
            .With("@lc", SessionInputRules.Truncate(input.LocationCode) ?? "").ExecuteNonQueryAsync(ct);
        await RecordChangeAsync(s, call, CvObjectType.Session, id, "Created", null, reference, ct); // the change feed's session.created
        return new ItemResult(id.ToString(), reference, null);
    }

    private async Task<ItemResult> UpdateSessionAsync(SqlSession s, CallContext call, long accountKey, long? eventKey, SessionInput input, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        if (string.IsNullOrWhiteSpace(input.Id))
        {
            return new ItemResult(null, reference, CventErrors.NoIdProvided);
        }

        if (!CventId.TryParse(input.Id, out var id))
        {
            return new ItemResult(input.Id, reference, CventErrors.MalformedId);
        }

        var session = await LoadSessionAsync(s, accountKey, id, ct);
        if (session is null)
        {
            return new ItemResult(id.ToString(), reference, CventErrors.SessionDoesNotExist);
        }

        if (eventKey is { } expected && expected != session.EventKey)
        {
            return new ItemResult(id.ToString(), reference, CventErrors.SessionOfOtherEvent);
        }

        var before = await ReadSessionFieldsAsync(s, session.Key, ct); // the stored times, and what the change feed compares with
        if (SessionInputRules.Validate(input, UnixTime.FromStored(StoredTime(before, "start_at")), UnixTime.FromStored(StoredTime(before, "end_at"))) is { } error)
        {
            return new ItemResult(id.ToString(), reference, error);
        }

        // Parameters are typed with CAST so that PostgreSQL can infer the type of a NULL (meaning "keep").
        await s.Command(
                "UPDATE sessions SET name = COALESCE(CAST(@name AS TEXT), name), code = COALESCE(CAST(@code AS TEXT), code), " +
                "start_at = COALESCE(CAST(@start AS BIGINT), start_at), end_at = COALESCE(CAST(@end AS BIGINT), end_at), " +
                "status = COALESCE(CAST(@status AS INTEGER), status), auto_close_at = COALESCE(CAST(@close AS BIGINT), auto_close_at), " +
                "capacity_set_at = CASE WHEN CAST(@cap AS INTEGER) <> capacity THEN @t ELSE capacity_set_at END, " +
                "capacity = COALESCE(CAST(@cap AS INTEGER), capacity), enable_waitlist = COALESCE(CAST(@wl AS INTEGER), enable_waitlist), " +
                "waitlist_capacity = COALESCE(CAST(@wlcap AS INTEGER), waitlist_capacity), included = COALESCE(CAST(@inc AS INTEGER), included), " +
                "group_name = CASE WHEN @gset = 1 THEN CAST(@g AS TEXT) ELSE group_name END, description = COALESCE(CAST(@d AS TEXT), description), " +
                "location_name = COALESCE(CAST(@ln AS TEXT), location_name), location_code = COALESCE(CAST(@lc AS TEXT), location_code), updated_at = @t " +
                "WHERE pk = @pk")
            .With("@name", SessionInputRules.Truncate(input.Name)).With("@code", SessionInputRules.Truncate(input.Code))
            .With("@start", UnixTime.ToStored(input.StartTime)).With("@end", UnixTime.ToStored(input.EndTime))
            .With("@status", input.Status is { } st ? (int)st : null).With("@close", UnixTime.ToStored(input.AutoCloseDate))
            .With("@cap", input.Capacity).With("@wl", input.EnableWaitlist is { } wl ? (wl ? 1 : 0) : null).With("@wlcap", input.WaitlistCapacity)
            .With("@inc", input.Included is { } inc ? (inc ? 1 : 0) : null).With("@gset", input.Group is null ? 0 : 1)
            .With("@g", string.IsNullOrWhiteSpace(input.Group) ? null : SessionInputRules.Truncate(input.Group))
            .With("@d", SessionInputRules.Truncate(input.Description)).With("@ln", SessionInputRules.Truncate(input.LocationName))
            .With("@lc", SessionInputRules.Truncate(input.LocationCode)).With("@t", Now).With("@pk", session.Key).ExecuteNonQueryAsync(ct);
        var changed = ChangedSessionFields(before, await ReadSessionFieldsAsync(s, session.Key, ct));
        await RecordChangeAsync(s, call, CvObjectType.Session, id, "Updated", null, reference, changed, ct); // the change feed's session.updated, before any promotion

        // More seats: the waitlist moves up now. Fewer seats than people: no one is removed, and the item says so.
        session = (await LoadSessionByKeyAsync(s, session.Key, ct))!;
        session = await PromoteFromWaitlistAsync(s, call, session, ct);
        return session.Capacity >= 0 && session.RegisteredCount > session.Capacity
            ? new ItemResult(id.ToString(), reference,
                CventErrors.CapacityBelowRegistrations.WithDescription($"{CventErrors.CapacityBelowRegistrations.Description} ({session.RegisteredCount} registered, capacity {session.Capacity})."),
                Warning: true)
            : new ItemResult(id.ToString(), reference, null);
    }
}
