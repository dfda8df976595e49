using Breakout.Domain;
using Breakout.Domain.Email;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore : IEmailOutbox
{
    public Task<IReadOnlyList<ItemResult>> SendEmailAsync(SendEmailCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            if (EventEmails.CheckCall(command.ActivityType, command.ActivityId, command.Template, command.EmailName) is { } refused)
            {
                return [.. command.Items.Select(i => Failed(i, refused))];
            }

            var eventId = CventId.Parse(command.ActivityId!);
            var e = await LoadEmailEventAsync(s, command.AccountKey, eventId, ct);
            if (e is null)
            {
                var unknown = CventErrors.EmailArgumentInvalid.WithDescription($"Invalid argument format: ActivityId '{command.ActivityId}' is not an event of this account.");
                return [.. command.Items.Select(i => Failed(i, unknown))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "SendEmail");
            var emailName = EventEmails.IsCustom(command.Template) ? command.EmailName!.Trim() : null;
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                if (!CventId.TryParse(item.Id, out var inviteeId))
                {
                    results.Add(Failed(item, CventErrors.InvalidRecipientId));
                }
                else if (!seen.Add(inviteeId))
                {
                    results.Add(Failed(item, CventErrors.DuplicateRecipient));
                }
                else
                {
                    var error = await QueueEmailAsync(s, call, command, e.Value, inviteeId, emailName, ct);
                    results.Add(error is null ? new ItemResult(inviteeId.ToString(), NullIfEmpty(item.MessageId), null) : Failed(item, error));
                }
            }

            return results;
        }, cancellationToken);

    /// <summary>Checks one recipient and, when it can be mailed, writes its EventEmailHistory row and outbox message.</summary>
    private async Task<CventError?> QueueEmailAsync(
        SqlSession s, CallContext call, SendEmailCommand command, (long Key, string Title, string Code) e, CventId inviteeId, string? emailName, CancellationToken ct)
    {
        long inviteeKey;
        long? contactKey;
        string? address;
        bool optedOut;
        EmailRecipient recipient;
        await using (var reader = await s.Command(
                "SELECT r.pk, r.contact_pk, c.pk, COALESCE(c.email_address, r.email_address), c.excluded_from_email, COALESCE(c.first_name, r.first_name), " +
                "COALESCE(c.last_name, r.last_name), r.confirmation_number " +
                "FROM registrants r LEFT JOIN contacts c ON c.pk = r.contact_pk AND c.deleted_at IS NULL " +
                "WHERE r.account_pk = @a AND r.id = @id AND r.event_pk = @e AND r.kind = 0")
            .With("@a", command.AccountKey).With("@id", Dialect.IdValue(inviteeId)).With("@e", e.Key).ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return CventErrors.RecipientDoesNotExist;
            }

            // An invitee imported without a contact is mailed at its own address; one whose contact was deleted has none.
            if (!reader.IsDBNull(1) && reader.IsDBNull(2))
            {
                return CventErrors.RecipientContactNotFound;
            }

            inviteeKey = reader.GetInt64(0);
            contactKey = reader.GetNullableInt64(2);
            address = reader.GetNullableString(3)?.Trim();
            optedOut = reader.GetNullableInt64(4) is { } excluded && excluded != 0;
            recipient = new EmailRecipient(reader.GetString(5), reader.GetString(6), reader.GetString(7), e.Title, e.Code);
        }

        if (optedOut)
        {
            return CventErrors.RecipientOptedOut;
        }

        if (!EventEmails.IsValidAddress(address))
        {
            return CventErrors.RecipientEmailInvalid.WithDescription($"Recipient’s email address is invalid: '{address}'.");
        }

        var template = command.Template.ToString();
        if (!command.ResendToPreviousRecipients && await s.Command(
                "SELECT COUNT(*) FROM email_outbox o JOIN event_email_history h ON h.pk = o.history_pk " +
                "WHERE h.invitee_pk = @r AND o.template = @t AND COALESCE(o.email_name, '') = @n AND o.status <> @failed")
            .With("@r", inviteeKey).With("@t", template).With("@n", emailName ?? "").With("@failed", (int)OutboxStatus.Failed).ScalarInt64Async(ct) > 0)
        {
            return CventErrors.RecipientAlreadyReceived;
        }

        var callKey = await CallKeyAsync(s, call, ct);
        var now = Now;
        var historyKey = await s.Command(
                "INSERT INTO event_email_history (account_pk, id, event_pk, invitee_pk, contact_pk, target_list, sent_at, status, type, from_address, to_address, viewed, bounced, updated_at) " +
                "VALUES (@a, @id, @e, @r, @c, NULL, NULL, @st, @type, @from, @to, 0, 0, @t) RETURNING pk")
            .With("@a", command.AccountKey).With("@id", Dialect.IdValue(CventId.New())).With("@e", e.Key).With("@r", inviteeKey).With("@c", contactKey)
            .With("@st", nameof(OutboxStatus.Queued)).With("@type", template).With("@from", command.FromAddress).With("@to", address).With("@t", now)
            .ScalarInt64Async(ct);
        var (subject, body) = EventEmails.Render(command.Template, emailName, recipient);
        await s.Command(
                "INSERT INTO email_outbox (account_pk, history_pk, call_pk, template, email_name, to_name, subject, body, status, attempts, queued_at, next_attempt_at) " +
                "VALUES (@a, @h, @call, @type, @name, @toName, @subject, @body, @st, 0, @t, @t)")
            .With("@a", command.AccountKey).With("@h", historyKey).With("@call", callKey).With("@type", template).With("@name", emailName)
            .With("@toName", $"{recipient.FirstName} {recipient.LastName}".Trim()).With("@subject", subject).With("@body", body)
            .With("@st", (int)OutboxStatus.Queued).With("@t", now).ExecuteNonQueryAsync(ct);
        return null;
    }

    private async Task<(long Key, string Title, string Code)?> LoadEmailEventAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct)
    {
        await using var reader = await s.Command("SELECT pk, title, code FROM events WHERE account_pk = @a AND id = @id")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1), reader.GetString(2)) : null;
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimOutboxAsync(string node, int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<OutboxMessage>>(async (s, ct) =>
        {
            var now = Now;
            var keys = new List<long>();
            await using (var reader = await s.Command(
                    "SELECT o.pk FROM email_outbox o WHERE o.status = 0 AND o.next_attempt_at <= @t AND (o.lease_until IS NULL OR o.lease_until <= @t) " +
                    "ORDER BY o.next_attempt_at, o.pk LIMIT @n" + Dialect.ClaimRows("o"))
                .With("@t", now).With("@n", max).ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    keys.Add(reader.GetInt64(0));
                }
            }

            var claimed = new List<OutboxMessage>(keys.Count);
            foreach (var key in keys)
            {
                await s.Command("UPDATE email_outbox SET lease_owner = @o, lease_until = @u, attempts = attempts + 1 WHERE pk = @k")
                    .With("@o", node).With("@u", now + (long)lease.TotalMilliseconds).With("@k", key).ExecuteNonQueryAsync(ct);
                await using var reader = await s.Command(
                        "SELECT o.pk, h.id, h.from_address, h.to_address, o.to_name, o.subject, o.body, o.attempts " +
                        "FROM email_outbox o JOIN event_email_history h ON h.pk = o.history_pk WHERE o.pk = @k")
                    .With("@k", key).ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                claimed.Add(new OutboxMessage(
                    reader.GetInt64(0), new CventId(reader.GetGuid(1)).ToString(), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    reader.GetString(6), (int)reader.GetInt64(7)));
            }

            return claimed;
        }, cancellationToken);

    public Task<bool> RecordAttemptAsync(long messageKey, string node, OutboxAttempt attempt, CancellationToken cancellationToken = default) =>
        WriteAsync(async (s, ct) =>
        {
            var now = Now;
            var assignments = attempt.Status switch
            {
                OutboxStatus.Sent => "status = @st, sent_at = @t",
                OutboxStatus.Failed => "status = @st, last_error = @err",
                _ => "status = @st, last_error = @err, next_attempt_at = @next",
            };
            var update = s.Command($"UPDATE email_outbox SET {assignments}, lease_owner = NULL, lease_until = NULL WHERE pk = @k AND lease_owner = @o AND status = 0 RETURNING history_pk")
                .With("@st", (int)attempt.Status).With("@k", messageKey).With("@o", node);
            if (attempt.Status == OutboxStatus.Sent)
            {
                update.With("@t", now);
            }
            else
            {
                update.With("@err", attempt.Error ?? "");
                if (attempt.Status == OutboxStatus.Queued)
                {
                    update.With("@next", UnixTime.ToStored(attempt.NextAttemptAt ?? Time.GetUtcNow()));
                }
            }

            if (await update.ScalarInt64Async(ct) is not { } history)
            {
                return false;
            }

            if (attempt.Status != OutboxStatus.Queued)
            {
                // The EventEmailHistory row follows (GetUpdated sees the change): Sent with its date, or Failed.
                await s.Command("UPDATE event_email_history SET status = @st, sent_at = @sent, updated_at = @t WHERE pk = @h")
                    .With("@st", attempt.Status.ToString()).With("@sent", attempt.Status == OutboxStatus.Sent ? now : null).With("@t", now).With("@h", history)
                    .ExecuteNonQueryAsync(ct);
            }

            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<OutboxEntry>> ListOutboxAsync(long? accountKey, OutboxStatus? status, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<OutboxEntry>>(async (s, ct) =>
        {
            var where = (accountKey is null ? "" : " AND o.account_pk = @a") + (status is null ? "" : " AND o.status = @st");
            var command = s.Command(
                    $"SELECT {Dialect.IdText("h.id")}, a.account_number, {Dialect.IdText("e.id")}, {Dialect.IdText("r.id")}, h.to_address, o.subject, o.template, o.email_name, " +
                    "o.status, o.attempts, o.queued_at, o.sent_at, o.next_attempt_at, o.last_error " +
                    "FROM email_outbox o JOIN event_email_history h ON h.pk = o.history_pk JOIN accounts a ON a.pk = o.account_pk " +
                    $"JOIN events e ON e.pk = h.event_pk JOIN registrants r ON r.pk = h.invitee_pk WHERE 1 = 1{where} ORDER BY o.pk DESC LIMIT @n")
                .With("@n", limit);
            if (accountKey is { } a)
            {
                command.With("@a", a);
            }

            if (status is { } st)
            {
                command.With("@st", (int)st);
            }

            var entries = new List<OutboxEntry>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var state = (OutboxStatus)reader.GetInt64(8);
                var name = reader.GetNullableString(7);
                entries.Add(new OutboxEntry(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
                    name is null ? reader.GetString(6) : $"{reader.GetString(6)} ({name})", state, (int)reader.GetInt64(9), UnixTime.FromStored(reader.GetInt64(10)),
                    UnixTime.FromStored(reader.GetNullableInt64(11)), state == OutboxStatus.Queued ? UnixTime.FromStored(reader.GetInt64(12)) : null,
                    reader.GetNullableString(13)));
            }

            return entries;
        }, cancellationToken);
}
