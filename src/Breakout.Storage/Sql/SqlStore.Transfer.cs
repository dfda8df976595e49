using Breakout.Domain;
using Breakout.Domain.Events;

namespace Breakout.Storage.Sql;

public abstract partial class SqlStore
{
    public Task<IReadOnlyList<ItemResult>> TransferInviteeAsync(TransferInviteeCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            if (command.ActivityType != ActivityType.Event)
            {
                var unsupported = CventErrors.InvalidActivityType.WithDescription($"Invalid activity type: this server holds events only, not {command.ActivityType}.");
                return [.. command.Items.Select(i => Failed(i, unsupported))];
            }

            var e = CventId.TryParse(command.ActivityId, out var eventId) ? await LoadEventAsync(s, command.AccountKey, eventId, ct) : null;
            if (e is null)
            {
                return [.. command.Items.Select(i => Failed(i, CventErrors.InvalidActivityId))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "TransferInvitee");
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                if (!CventId.TryParse(item.Id, out var contactId))
                {
                    results.Add(Failed(item, CventErrors.InvalidTransferId));
                }
                else if (!seen.Add(contactId))
                {
                    results.Add(Failed(item, CventErrors.DuplicateTransferId));
                }
                else if (await FindContactKeyAsync(s, command.AccountKey, contactId, ct) is not { } contactKey)
                {
                    results.Add(Failed(item, CventErrors.ContactDoesNotExist));
                }
                else
                {
                    var invitee = await FindOrCreateInviteeAsync(s, call, e.Key, contactKey, item.MessageId, ct);
                    results.Add(new ItemResult(invitee.ToString(), NullIfEmpty(item.MessageId), null));
                }
            }

            return results;
        }, cancellationToken);

    private async Task<CventId> FindOrCreateInviteeAsync(SqlSession s, CallContext call, long eventKey, long contactKey, string? messageId, CancellationToken ct)
    {
        await using (var reader = await s.Command("SELECT id FROM registrants WHERE event_pk = @e AND contact_pk = @c AND kind = 0 ORDER BY pk LIMIT 1")
            .With("@e", eventKey).With("@c", contactKey).ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                return new CventId(reader.GetGuid(0));
            }
        }

        // A new invitee starts with No Response and a confirmation number derived from its (random) ID.
        var id = CventId.New();
        var key = await s.Command(
                "INSERT INTO registrants (account_pk, id, kind, event_pk, invitee_pk, contact_pk, confirmation_number, status, first_name, last_name, email_address, updated_at) " +
                "SELECT c.account_pk, @id, 0, @e, NULL, c.pk, @cn, @st, c.first_name, c.last_name, c.email_address, @t FROM contacts c WHERE c.pk = @c RETURNING pk")
            .With("@id", Dialect.IdValue(id)).With("@e", eventKey).With("@cn", "BRT" + id.Value.ToString("N")[..9].ToUpperInvariant())
            .With("@st", (int)InviteeStatus.NoResponse).With("@t", Now).With("@c", contactKey).ScalarInt64Async(ct);
        await RecordRegistrantAsync(s, call, key!.Value, null, RegistrantAction.Created, messageId, ct);
        return id;
    }
}
