using Breakout.Domain;
using Breakout.Domain.Events;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    private enum RegistrantAction
    {
        Created = 10,
        Accepted = 11,
        Declined = 12,
        Waitlisted = 13,
        Cancelled = 14,
        CheckedIn = 21,
        CheckInUndone = 22,

        // #18: CreateTransaction
        Paid = 31,
        Refunded = 32,
    }

    public Task<IReadOnlyList<ItemResult>> SimpleEventRegistrationAsync(EventRegistrationCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var e = CventId.TryParse(command.EventId, out var eventId) ? await LoadEventAsync(s, command.AccountKey, eventId, ct) : null;
            if (e is null)
            {
                return [.. command.Items.Select(i => Failed(i, CventErrors.InvalidEventId))];
            }

            // #18: an event created by CreateNoRegEvent has no online registration.
            if (await s.Command("SELECT no_registration FROM events WHERE pk = @e").With("@e", e.Key).ScalarInt64Async(ct) == 1)
            {
                return [.. command.Items.Select(i => Failed(i, CventErrors.EventNotEligibleForRegistration))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "SimpleEventRegistration");
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                if (!CventId.TryParse(item.Id, out var id))
                {
                    results.Add(Failed(item, CventErrors.InvalidRegistrationId));
                    continue;
                }

                if (!seen.Add(id))
                {
                    results.Add(Failed(item, CventErrors.DuplicateRegistrationId));
                    continue;
                }

                var invitee = await FindRegistrantAsync(s, command.AccountKey, id, ct);
                if (invitee is not { Kind: RegistrantKind.Invitee } || invitee.EventKey != e.Key)
                {
                    results.Add(Failed(item, CventErrors.InvalidRegistrationId));
                    continue;
                }

                var (status, error) = EventRegistrationRules.Decide(command.Action, e, invitee.Status);
                if (error is null && command.Action == RegistrationAction.Register)
                {
                    var accepted = await s.Command(
                            "UPDATE events SET accepted_count = accepted_count + 1 WHERE pk = @e AND (capacity < 0 OR accepted_count < capacity) RETURNING accepted_count")
                        .With("@e", e.Key).ScalarInt64Async(ct);
                    error = accepted is null ? CventErrors.EventCapacityReached : null;
                    e = e with { AcceptedCount = (int)(accepted ?? e.AcceptedCount) };
                }

                if (error is not null)
                {
                    results.Add(Failed(item, error));
                    continue;
                }

                if (command.Action == RegistrationAction.Cancel)
                {
                    var accepted = await s.Command("UPDATE events SET accepted_count = accepted_count - 1 WHERE pk = @e RETURNING accepted_count")
                        .With("@e", e.Key).ScalarInt64Async(ct);
                    e = e with { AcceptedCount = (int)accepted!.Value };
                    await ReleaseSeatsAsync(s, call, invitee.Key, ct);
                }

                await SetStatusAsync(s, call, invitee.Key, status!.Value, item.MessageId, ct);
                results.Add(new ItemResult(id.ToString(), NullIfEmpty(item.MessageId), null));
            }

            return results;
        }, cancellationToken);

    public Task<IReadOnlyList<ValidateInviteeOutcome>> ValidateInviteeAsync(ValidateInviteeQuery query, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ValidateInviteeOutcome>>(async (s, ct) =>
        {
            CventId.TryParse(query.ProductId, out var productId);
            long? eventKey = null, sessionKey = null;
            if (productId != default && query.ProductType == ProductType.Session)
            {
                var session = await LoadSessionAsync(s, query.AccountKey, productId, ct);
                (eventKey, sessionKey) = (session?.EventKey, session?.Key);
            }
            else if (productId != default)
            {
                eventKey = (await LoadEventAsync(s, query.AccountKey, productId, ct))?.Key;
            }

            if (eventKey is null)
            {
                var error = productId != default && await IsProductOfOtherTypeAsync(s, query, productId, ct)
                    ? CventErrors.InvalidProductType
                    : CventErrors.InvalidProductId;
                return [.. query.Items.Select(i => new ValidateInviteeOutcome(NullIfEmpty(i.MessageId), null, false, false, false, error))];
            }

            var outcomes = new List<ValidateInviteeOutcome>(query.Items.Count);
            foreach (var item in query.Items)
            {
                await using var command = ResolveForValidation(s, query.AccountKey, eventKey.Value, sessionKey, item, out var error);
                if (command is null)
                {
                    outcomes.Add(new ValidateInviteeOutcome(NullIfEmpty(item.MessageId), null, false, false, false, error));
                    continue;
                }

                await using var reader = await command.ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct))
                {
                    outcomes.Add(new ValidateInviteeOutcome(NullIfEmpty(item.MessageId), null, false, false, false, CventErrors.InviteeDoesNotExist));
                    continue;
                }

                var sameEvent = reader.GetInt64(1) == eventKey;
                var registered = sameEvent && (sessionKey is null ? reader.GetInt64(2) == (int)InviteeStatus.Accepted : !reader.IsDBNull(5));
                var checkedIn = sameEvent && (sessionKey is null ? reader.GetInt64(3) != 0 : !reader.IsDBNull(5) && reader.GetInt64(5) != 0);
                outcomes.Add(new ValidateInviteeOutcome(
                    NullIfEmpty(item.MessageId), new CventId(reader.GetGuid(0)).ToString(), registered, reader.GetInt64(4) != 0, checkedIn, null));
            }

            return outcomes;
        }, cancellationToken);

    public Task<IReadOnlyList<ItemResult>> CheckInAsync(CheckInCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            SessionState? session = null;
            if (command.AttendeeType == ProductType.Session &&
                (!CventId.TryParse(command.ProductId, out var sessionId) || (session = await LoadSessionAsync(s, command.AccountKey, sessionId, ct)) is null))
            {
                return [.. command.Items.Select(i => Failed(i, CventErrors.SessionDoesNotExist))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "CheckIn");
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Items.Count);
            var flag = command.Undo ? 0 : 1;
            foreach (var item in command.Items)
            {
                var registrant = CventId.TryParse(item.Id, out var id) ? await FindRegistrantAsync(s, command.AccountKey, id, ct) : null;
                CventError? error = registrant is null ? CventErrors.InvalidCheckInId : !seen.Add(id) ? CventErrors.DuplicateCheckInId : null;
                if (error is null && session is not null)
                {
                    var changed = await s.Command("UPDATE session_registrations SET checked_in = @f WHERE session_pk = @s AND registrant_pk = @r")
                        .With("@f", flag).With("@s", session.Key).With("@r", registrant!.Key).ExecuteNonQueryAsync(ct);
                    error = changed == 0 ? CventErrors.NotRegisteredForCheckIn : null;
                }
                else if (error is null)
                {
                    error = registrant!.Status != InviteeStatus.Accepted ? CventErrors.NotAccepted : null;
                    if (error is null)
                    {
                        await s.Command("UPDATE registrants SET checked_in = @f, updated_at = @t WHERE pk = @r")
                            .With("@f", flag).With("@t", Now).With("@r", registrant.Key).ExecuteNonQueryAsync(ct);
                    }
                }

                if (error is not null)
                {
                    results.Add(Failed(item, error));
                    continue;
                }

                await RecordRegistrantAsync(s, call, registrant!.Key, session?.Key, command.Undo ? RegistrantAction.CheckInUndone : RegistrantAction.CheckedIn, item.MessageId, ct);
                results.Add(new ItemResult(id.ToString(), NullIfEmpty(item.MessageId), null));
            }

            return results;
        }, cancellationToken);

    private static ItemResult Failed(ObjectItem item, CventError error) =>
        new(CventId.Echo(item.Id), NullIfEmpty(item.MessageId), error);

    private async Task<EventState?> LoadEventAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct)
    {
        await using var reader = await s.Command(
                "SELECT e.pk, e.status, e.capacity, e.accepted_count, e.enable_waitlist FROM events e WHERE e.account_pk = @a AND e.id = @id" + Dialect.LockRows("e"))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new EventState(reader.GetInt64(0), id, (EventStatus)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), reader.GetInt64(4) != 0)
            : null;
    }

    private sealed record RegistrantRow(long Key, RegistrantKind Kind, long EventKey, InviteeStatus Status);

    private async Task<RegistrantRow?> FindRegistrantAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct)
    {
        await using var reader = await s.Command("SELECT r.pk, r.kind, r.event_pk, r.status FROM registrants r WHERE r.account_pk = @a AND r.id = @id" + Dialect.LockRows("r"))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new RegistrantRow(reader.GetInt64(0), (RegistrantKind)reader.GetInt64(1), reader.GetInt64(2), (InviteeStatus)reader.GetInt64(3))
            : null;
    }

    private async Task<bool> IsProductOfOtherTypeAsync(SqlSession s, ValidateInviteeQuery query, CventId id, CancellationToken ct) =>
        query.ProductType == ProductType.Session
            ? await IsEventAsync(s, query.AccountKey, id, ct)
            : await LoadSessionAsync(s, query.AccountKey, id, ct) is not null;

    /// <summary>
    /// Whether registrant <c>r</c> has paid in full (a guest's payment is its invitee's): when the invitee's order amount
    /// is known, whether its successful charges less refunds cover it; otherwise as the invitee's latest successful
    /// transaction says, by TransactionDate and then import order; with no transaction, the registrant's own flag
    /// (true unless set otherwise: an event without fees is paid).
    /// </summary>
    private const string PaidInFull =
        "COALESCE((SELECT CASE WHEN " + PaidByOrderSql + " >= i.order_amount THEN 1 ELSE 0 END FROM registrants i " +
        "WHERE i.pk = COALESCE(r.invitee_pk, r.pk) AND i.order_amount IS NOT NULL), " +
        "(SELECT COALESCE(t.paid_in_full, 0) FROM transactions t WHERE t.registrant_pk = COALESCE(r.invitee_pk, r.pk) AND COALESCE(t.success, 1) = 1 " +
        "ORDER BY COALESCE(t.transaction_date, 0) DESC, t.pk DESC LIMIT 1), r.paid_in_full)";

    private System.Data.Common.DbCommand? ResolveForValidation(SqlSession s, long accountKey, long eventKey, long? sessionKey, ObjectItem item, out CventError? error)
    {
        const string Select =
            "SELECT r.id, r.event_pk, r.status, r.checked_in, " + PaidInFull + ", x.checked_in FROM registrants r " +
            "LEFT JOIN session_registrations x ON x.registrant_pk = r.pk AND x.session_pk = @s WHERE r.account_pk = @a AND ";
        error = null;
        System.Data.Common.DbCommand command;
        if (!string.IsNullOrWhiteSpace(item.Id))
        {
            if (!CventId.TryParse(item.Id, out var id))
            {
                error = CventErrors.MalformedId;
                return null;
            }

            command = s.Connection.CreateCommand();
            command.CommandText = Select + "r.id = @id";
            command.With("@id", Dialect.IdValue(id));
        }
        else if (!string.IsNullOrWhiteSpace(item.ConfirmationNumber))
        {
            command = s.Connection.CreateCommand();
            command.CommandText = Select + "r.event_pk = @e AND r.confirmation_number = @c ORDER BY r.kind LIMIT 1";
            command.With("@e", eventKey).With("@c", item.ConfirmationNumber.Trim());
        }
        else
        {
            error = CventErrors.NoIdProvided;
            return null;
        }

        command.Transaction = s.Transaction;
        command.With("@a", accountKey).With("@s", sessionKey ?? -1);
        return command;
    }

    /// <summary>Frees every seat and waitlist place of an invitee and their guests, promoting from each waitlist.</summary>
    private async Task ReleaseSeatsAsync(SqlSession s, CallContext call, long inviteeKey, CancellationToken ct)
    {
        var holdings = new List<(long Session, long Registrant, bool Seat)>();
        await using (var reader = await s.Command(
                "SELECT x.session_pk, x.registrant_pk, 1 FROM session_registrations x JOIN registrants r ON r.pk = x.registrant_pk WHERE r.pk = @i OR r.invitee_pk = @i " +
                "UNION ALL SELECT w.session_pk, w.registrant_pk, 0 FROM session_waitlist w JOIN registrants r ON r.pk = w.registrant_pk WHERE r.pk = @i OR r.invitee_pk = @i " +
                "ORDER BY 1, 2")
            .With("@i", inviteeKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                holdings.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2) == 1));
            }
        }

        foreach (var (sessionKey, registrantKey, seat) in holdings)
        {
            var session = (await LoadSessionByKeyAsync(s, sessionKey, ct))!;
            if (seat)
            {
                await GiveUpSeatAsync(s, call, session, registrantKey, null, ct);
            }
            else
            {
                await LeaveWaitlistAsync(s, call, session, registrantKey, null, ct);
            }
        }

        // Guests cannot attend without their invitee.
        await s.Command("UPDATE registrants SET status = @c, updated_at = @t WHERE invitee_pk = @i AND status = @a")
            .With("@c", (int)InviteeStatus.Cancelled).With("@t", Now).With("@i", inviteeKey).With("@a", (int)InviteeStatus.Accepted).ExecuteNonQueryAsync(ct);
    }

    private async Task SetStatusAsync(SqlSession s, CallContext call, long registrantKey, InviteeStatus status, string? messageId, CancellationToken ct)
    {
        await s.Command("UPDATE registrants SET status = @st, updated_at = @t WHERE pk = @r")
            .With("@st", (int)status).With("@t", Now).With("@r", registrantKey).ExecuteNonQueryAsync(ct);
        var action = status switch
        {
            InviteeStatus.Accepted => RegistrantAction.Accepted,
            InviteeStatus.Declined => RegistrantAction.Declined,
            InviteeStatus.Waitlisted => RegistrantAction.Waitlisted,
            _ => RegistrantAction.Cancelled,
        };
        await RecordRegistrantAsync(s, call, registrantKey, null, action, messageId, ct);
    }

    private async Task RecordRegistrantAsync(SqlSession s, CallContext call, long registrantKey, long? sessionKey, RegistrantAction action, string? messageId, CancellationToken ct)
    {
        var callKey = await CallKeyAsync(s, call, ct);
        await s.Command("INSERT INTO registrant_history (call_pk, registrant_pk, session_pk, action, message_id) VALUES (@c, @r, @s, @a, @m)")
            .With("@c", callKey).With("@r", registrantKey).With("@s", sessionKey).With("@a", (int)action).With("@m", NullIfEmpty(messageId))
            .ExecuteNonQueryAsync(ct);
    }
}
