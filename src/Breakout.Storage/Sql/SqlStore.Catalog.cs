using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    public Task<IReadOnlyList<ImportRowError>> ImportAsync(long accountKey, CatalogBatch batch, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ImportRowError>>(async (s, ct) =>
        {
            var errors = new List<ImportRowError>();
            var call = await ImportCallAsync(s, accountKey, ct);
            foreach (var e in batch.Events)
            {
                var existed = await FindKeyAsync(s, "events", accountKey, e.Id, ct);
                await UpsertEventAsync(s, accountKey, e, ct);
                await RecordEventAsync(s, call, existed ?? (await FindKeyAsync(s, "events", accountKey, e.Id, ct))!.Value,
                    existed is null ? EventAction.Created : EventAction.Updated, null, null, null, ct);
            }

            foreach (var session in batch.Sessions)
            {
                if (await FindKeyAsync(s, "events", accountKey, session.EventId, ct) is not { } eventKey)
                {
                    errors.Add(new ImportRowError("session", session.Id.ToString(), $"Event {session.EventId} does not exist."));
                    continue;
                }

                var existed = await FindKeyAsync(s, "sessions", accountKey, session.Id, ct);
                await UpsertSessionAsync(s, accountKey, eventKey, session, ct);
                await RecordChangeAsync(s, call, CvObjectType.Session, session.Id, existed is null ? "Created" : "Updated", null, null, ct);
            }

            foreach (var type in batch.RegistrationTypes) // #18: after the sessions they include
            {
                if (await UpsertRegistrationTypeAsync(s, accountKey, type, ct) is { } problem)
                {
                    errors.Add(new ImportRowError("registrationtype", type.Id.ToString(), problem));
                }
            }

            foreach (var contact in batch.Contacts)
            {
                var existed = await FindKeyAsync(s, "contacts", accountKey, contact.Id, ct);
                await s.Command(
                        "INSERT INTO contacts (account_pk, id, first_name, last_name, email_address, company, updated_at, created_at, active) " +
                        "VALUES (@a, @id, @f, @l, @m, @c, @t, @t, 1) " +
                        "ON CONFLICT (account_pk, id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name, " +
                        "email_address = excluded.email_address, company = excluded.company, updated_at = excluded.updated_at, deleted_at = NULL")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(contact.Id)).With("@f", contact.FirstName).With("@l", contact.LastName)
                    .With("@m", contact.EmailAddress).With("@c", contact.Company).With("@t", Now).ExecuteNonQueryAsync(ct);
                await AppendContactChangeAsync(s, call, existed ?? (await FindKeyAsync(s, "contacts", accountKey, contact.Id, ct))!.Value, existed is null, false, ct);
            }

            foreach (var invitee in batch.Invitees)
            {
                if (await FindKeyAsync(s, "events", accountKey, invitee.EventId, ct) is not { } eventKey)
                {
                    errors.Add(new ImportRowError("invitee", invitee.Id.ToString(), $"Event {invitee.EventId} does not exist."));
                    continue;
                }

                long? contactKey = null;
                if (invitee.ContactId is { } contactId && (contactKey = await FindContactKeyAsync(s, accountKey, contactId, ct)) is null)
                {
                    errors.Add(new ImportRowError("invitee", invitee.Id.ToString(), $"Contact {contactId} does not exist."));
                    continue;
                }

                var existed = await FindKeyAsync(s, "registrants", accountKey, invitee.Id, ct);
                await UpsertRegistrantAsync(s, accountKey, invitee.Id, RegistrantKind.Invitee, eventKey, null, contactKey,
                    invitee.ConfirmationNumber, invitee.Status, invitee.FirstName, invitee.LastName, invitee.EmailAddress, ct);
                await SetOrderAmountAsync(s, accountKey, invitee, ct); // #18
                await AppendImportedRegistrantChangeAsync(s, call, existed ?? (await FindKeyAsync(s, "registrants", accountKey, invitee.Id, ct))!.Value, existed is null, ct);
            }

            foreach (var guest in batch.Guests)
            {
                await using var reader = await s.Command("SELECT pk, event_pk FROM registrants WHERE account_pk = @a AND id = @id AND kind = 0")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(guest.InviteeId)).ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct))
                {
                    errors.Add(new ImportRowError("guest", guest.Id.ToString(), $"Invitee {guest.InviteeId} does not exist."));
                    continue;
                }

                var (inviteeKey, eventKey) = (reader.GetInt64(0), reader.GetInt64(1));
                await reader.DisposeAsync();
                var existed = await FindKeyAsync(s, "registrants", accountKey, guest.Id, ct);
                await UpsertRegistrantAsync(s, accountKey, guest.Id, RegistrantKind.Guest, eventKey, inviteeKey, null,
                    guest.ConfirmationNumber, guest.Status, guest.FirstName, guest.LastName, guest.EmailAddress, ct);
                await AppendImportedRegistrantChangeAsync(s, call, existed ?? (await FindKeyAsync(s, "registrants", accountKey, guest.Id, ct))!.Value, existed is null, ct);
            }

            await ImportObjectsAsync(s, call, batch, errors, ct);

            // Imported statuses may have changed who is Accepted: recount rather than track row by row.
            await s.Command(
                    "UPDATE events SET accepted_count = (SELECT COUNT(*) FROM registrants r WHERE r.event_pk = events.pk AND r.kind = 0 AND r.status = 1) " +
                    "WHERE account_pk = @a")
                .With("@a", accountKey).ExecuteNonQueryAsync(ct);
            return errors;
        }, cancellationToken);

    /// <summary>Sets an imported invitee's order amount when the record gives one (#18).</summary>
    private async Task SetOrderAmountAsync(SqlSession s, long accountKey, InviteeRecord invitee, CancellationToken ct)
    {
        if (invitee.OrderAmount is { } amount)
        {
            await s.Command("UPDATE registrants SET order_amount = @o WHERE account_pk = @a AND id = @id")
                .With("@o", Money.ToTenThousandths(amount)).With("@a", accountKey).With("@id", Dialect.IdValue(invitee.Id)).ExecuteNonQueryAsync(ct);
        }
    }

    private async Task<long?> FindKeyAsync(SqlSession s, string table, long accountKey, CventId id, CancellationToken ct) =>
        await s.Command($"SELECT pk FROM {table} WHERE account_pk = @a AND id = @id")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct);

    private async Task UpsertEventAsync(SqlSession s, long accountKey, EventRecord e, CancellationToken ct) =>
        await s.Command(
                "INSERT INTO events (account_pk, id, title, code, status, start_at, end_at, time_zone, capacity, enable_waitlist, clash_policy, updated_at) " +
                "VALUES (@a, @id, @title, @code, @status, @start, @end, @tz, @cap, @wl, @clash, @t) " +
                "ON CONFLICT (account_pk, id) DO UPDATE SET title = excluded.title, code = excluded.code, status = excluded.status, " +
                "start_at = excluded.start_at, end_at = excluded.end_at, time_zone = excluded.time_zone, capacity = excluded.capacity, " +
                "enable_waitlist = excluded.enable_waitlist, clash_policy = excluded.clash_policy, updated_at = excluded.updated_at")
            .With("@a", accountKey).With("@id", Dialect.IdValue(e.Id)).With("@title", e.Title).With("@code", e.Code)
            .With("@status", (int)e.Status).With("@start", UnixTime.ToStored(e.StartAt)).With("@end", UnixTime.ToStored(e.EndAt))
            .With("@tz", e.TimeZone).With("@cap", e.Capacity).With("@wl", e.EnableWaitlist ? 1 : 0).With("@clash", (int)e.ClashPolicy).With("@t", Now).ExecuteNonQueryAsync(ct);

    private async Task UpsertSessionAsync(SqlSession s, long accountKey, long eventKey, SessionRecord r, CancellationToken ct) =>
        await s.Command(
                "INSERT INTO sessions (account_pk, id, event_pk, name, code, start_at, end_at, status, auto_close_at, capacity, enable_waitlist, " +
                "waitlist_capacity, group_name, included, registered_count, waitlisted_count, updated_at) " +
                "VALUES (@a, @id, @e, @name, @code, @start, @end, @status, @close, @cap, @wl, @wlcap, @g, @inc, 0, 0, @t) " +
                "ON CONFLICT (account_pk, id) DO UPDATE SET event_pk = excluded.event_pk, name = excluded.name, code = excluded.code, " +
                "start_at = excluded.start_at, end_at = excluded.end_at, status = excluded.status, auto_close_at = excluded.auto_close_at, " +
                "capacity_set_at = CASE WHEN excluded.capacity <> sessions.capacity THEN excluded.updated_at ELSE sessions.capacity_set_at END, " +
                "capacity = excluded.capacity, enable_waitlist = excluded.enable_waitlist, waitlist_capacity = excluded.waitlist_capacity, " +
                "group_name = excluded.group_name, included = excluded.included, updated_at = excluded.updated_at")
            .With("@a", accountKey).With("@id", Dialect.IdValue(r.Id)).With("@e", eventKey).With("@name", r.Name).With("@code", r.Code)
            .With("@start", UnixTime.ToStored(r.StartAt)).With("@end", UnixTime.ToStored(r.EndAt)).With("@status", (int)r.Status)
            .With("@close", UnixTime.ToStored(r.AutoCloseAt)).With("@cap", r.Capacity).With("@wl", r.EnableWaitlist ? 1 : 0)
            .With("@wlcap", r.WaitlistCapacity).With("@g", string.IsNullOrWhiteSpace(r.Group) ? null : r.Group).With("@inc", r.Included ? 1 : 0)
            .With("@t", Now).ExecuteNonQueryAsync(ct);

    private async Task UpsertRegistrantAsync(
        SqlSession s, long accountKey, CventId id, RegistrantKind kind, long eventKey, long? inviteeKey, long? contactKey,
        string confirmationNumber, InviteeStatus status, string firstName, string lastName, string email, CancellationToken ct) =>
        await s.Command(
                "INSERT INTO registrants (account_pk, id, kind, event_pk, invitee_pk, contact_pk, confirmation_number, status, first_name, last_name, email_address, updated_at) " +
                "VALUES (@a, @id, @k, @e, @i, @c, @cn, @st, @f, @l, @m, @t) " +
                "ON CONFLICT (account_pk, id) DO UPDATE SET kind = excluded.kind, event_pk = excluded.event_pk, invitee_pk = excluded.invitee_pk, " +
                "contact_pk = excluded.contact_pk, confirmation_number = excluded.confirmation_number, status = excluded.status, " +
                "first_name = excluded.first_name, last_name = excluded.last_name, email_address = excluded.email_address, updated_at = excluded.updated_at")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).With("@k", (int)kind).With("@e", eventKey).With("@i", inviteeKey)
            .With("@c", contactKey).With("@cn", confirmationNumber).With("@st", (int)status).With("@f", firstName).With("@l", lastName)
            .With("@m", email).With("@t", Now).ExecuteNonQueryAsync(ct);
}
