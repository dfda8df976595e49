using Breakout.Domain;
using Breakout.Domain.Events;
using Breakout.Domain.Objects;
using F = Breakout.Domain.Events.EventParameterFields;

namespace Breakout.Storage.Sql;

/// <summary>
/// CreateNoRegEvent and UpdateEventParameters (#18). Decisions where Cvent is silent: an event created without
/// registration is Active and refuses SimpleEventRegistration; its code is drawn from its ID (EventParameters has no
/// code); an update changes only the attributes it gives, and an empty attribute clears an optional value.
/// </summary>
public abstract partial class SqlStore : IEventParameters
{
    private enum EventAction
    {
        Created = 1,
        Copied = 2,
        Updated = 3,
    }

    /// <summary>
    /// The events column of a parameter: the five the table held before migration 0014 (0018 on PostgreSQL) by their
    /// names there, the others by the snake_case of the attribute. (A switch, not a static table: the static fields of
    /// the other partial files that read it may be initialised first.)
    /// </summary>
    private static string EventColumn(EventParameterField field) => field.Name switch
    {
        F.Title => "title",
        F.Capacity => "capacity",
        F.TimeZoneCode => "time_zone",
        F.StartDate => "start_at",
        F.EndDate => "end_at",
        _ => SqlNames.SnakeCase(field.Name),
    };

    /// <summary>Adds the Event fields read from the parameter columns to the Event projection's columns.</summary>
    private static Dictionary<string, string> WithEventParameterColumns(Dictionary<string, string> columns)
    {
        foreach (var field in F.All.Where(f => f.EventField.Length > 0))
        {
            columns.TryAdd(field.EventField, "e." + EventColumn(field));
        }

        return columns;
    }

    /// <summary>Event's <c>CustomFieldDetail</c>: the values CreateNoRegEvent, UpdateEventParameters and CopyEvent stored.</summary>
    private static SqlDetailProjection EventCustomFieldProjection() => new(EventObject.CustomFieldDetail,
        "SELECT v.event_pk AS \"Parent\", v.field_name AS \"FieldName\", v.field_type AS \"FieldType\", v.field_value AS \"FieldValue\", " +
        "v.field_id AS \"FieldId\" FROM event_custom_field_values v WHERE v.event_pk IN ({parents})",
        d => $"{d.Binary("COALESCE(d.\"FieldName\", '')")}, d.\"FieldId\"");

    /// <summary>Deleting an account: the event rows of #18, before the calls and events they name.</summary>
    private static IEnumerable<string> EventParameterDeleteStatements() =>
    [
        "DELETE FROM event_history WHERE call_pk IN (SELECT pk FROM api_calls WHERE account_pk = @a) OR event_pk IN (SELECT pk FROM events WHERE account_pk = @a)",
        "DELETE FROM event_custom_field_values WHERE event_pk IN (SELECT pk FROM events WHERE account_pk = @a)",
    ];

    public Task<IReadOnlyList<ItemResult>> CreateNoRegEventsAsync(EventParametersCommand command, CancellationToken cancellationToken = default) =>
        WriteEventsAsync(command, "CreateNoRegEvent", async (s, call, item, ct) =>
        {
            var reference = NullIfEmpty(item.MessageId);
            // The ID is always drawn: one taken from the request could be another account's event ID, and a later
            // call of this account naming it would then find this event instead of answering "unknown".
            var id = CventId.New();
            if (!string.IsNullOrWhiteSpace(item.Id))
            {
                return new ItemResult(null, reference, CventErrors.InvalidEventParameter.WithDescription("CreateNoRegEvent gives each event a new ID; leave Id out."));
            }

            var (changes, error) = EventParameterRules.Read(item, null);
            var code = item.Code ?? EventCodes.FromId(id);
            error ??= await CodeTakenAsync(s, call.AccountKey, code, ct);
            if (error is not null)
            {
                return new ItemResult(null, reference, error);
            }

            var eventKey = (await s.Command(
                    "INSERT INTO events (account_pk, id, title, code, status, time_zone, capacity, enable_waitlist, accepted_count, clash_policy, " +
                    "no_registration, updated_at) VALUES (@a, @id, '', @code, @status, '', -1, 0, 0, 0, 1, @t) RETURNING pk")
                .With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).With("@code", code).With("@status", (int)EventStatus.Active)
                .With("@t", Now).ScalarInt64Async(ct))!.Value;
            await SetEventParametersAsync(s, eventKey, changes!, ct);
            await RecordEventAsync(s, call, eventKey, EventAction.Created, null, reference, null, ct);
            await ClaimCodeAsync(s, eventKey, code, ct);
            return new ItemResult(id.ToString(), reference, null);
        }, cancellationToken);

    public Task<IReadOnlyList<ItemResult>> UpdateEventParametersAsync(EventParametersCommand command, CancellationToken cancellationToken = default) =>
        WriteEventsAsync(command, "UpdateEventParameters", async (s, call, item, ct) =>
        {
            var reference = NullIfEmpty(item.MessageId);
            if (string.IsNullOrWhiteSpace(item.Id))
            {
                return new ItemResult(null, reference, CventErrors.NoIdProvided);
            }

            if (!CventId.TryParse(item.Id, out var id))
            {
                return new ItemResult(item.Id, reference, CventErrors.MalformedId);
            }

            if (await LoadEventDatesAsync(s, call.AccountKey, id, ct) is not { } current)
            {
                return new ItemResult(id.ToString(), reference, CventErrors.InvalidEventId);
            }

            var (changes, error) = EventParameterRules.Read(item, current.Dates);
            if (error is not null)
            {
                return new ItemResult(id.ToString(), reference, error);
            }

            var fields = F.All.Where(f => changes!.Has(f.Name)).ToList();
            var before = await ReadEventFieldsAsync(s, current.Key, fields, ct);
            await SetEventParametersAsync(s, current.Key, changes!, ct);
            var changed = ChangedEventFields(fields, before, await ReadEventFieldsAsync(s, current.Key, fields, ct));
            await RecordEventAsync(s, call, current.Key, EventAction.Updated, null, reference, changed, ct);
            return new ItemResult(id.ToString(), reference, null);
        }, cancellationToken);

    /// <summary>
    /// Runs the items of one call in one transaction. When the database refuses an event code (a concurrent call took
    /// it after this one looked), the whole call is undone and run again: its check then sees the code taken and fails
    /// that item (BO94102) without the database refusing anything.
    /// </summary>
    private async Task<IReadOnlyList<ItemResult>> WriteEventsAsync(
        EventParametersCommand command, string operation, Func<SqlSession, CallContext, EventParameters, CancellationToken, Task<ItemResult>> apply,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
                {
                    var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, operation);
                    var results = new List<ItemResult>(command.Items.Count);
                    foreach (var item in command.Items)
                    {
                        results.Add(await apply(s, call, item, ct));
                    }

                    return results;
                }, cancellationToken);
            }
            catch (Exception ex) when (attempt < 3 && Dialect.IsUniqueViolation(ex))
            {
                // Run again: the code check now sees the committed event that holds the code.
            }
        }
    }

    private sealed record StoredEvent(long Key, EventDates Dates);

    private async Task<StoredEvent?> LoadEventDatesAsync(SqlSession s, long accountKey, CventId id, CancellationToken ct)
    {
        await using var reader = await s.Command("SELECT e.pk, e.start_at, e.end_at, e.rsvp_by_date FROM events e WHERE e.account_pk = @a AND e.id = @id" + Dialect.LockRows("e"))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new StoredEvent(reader.GetInt64(0), new EventDates(
                UnixTime.FromStored(reader.GetNullableInt64(1)), UnixTime.FromStored(reader.GetNullableInt64(2)), UnixTime.FromStored(reader.GetNullableInt64(3))))
            : null;
    }

    /// <summary>BO94102 when another event of the account has the code (any case), imported ones included.</summary>
    private async Task<CventError?> CodeTakenAsync(SqlSession s, long accountKey, string code, CancellationToken ct)
    {
        var key = code.ToLowerInvariant();
        var taken = await s.Command("SELECT COUNT(*) FROM events WHERE account_pk = @a AND (lower(code) = @k OR code_key = @k)")
            .With("@a", accountKey).With("@k", key).ScalarInt64Async(ct);
        return taken > 0 ? CventErrors.EventCodeTaken.WithDescription($"{CventErrors.EventCodeTaken.Description}: {code}.") : null;
    }

    /// <summary>The last statement of a create or copy: the database refuses the code if a concurrent call claimed it.</summary>
    private static async Task ClaimCodeAsync(SqlSession s, long eventKey, string code, CancellationToken ct) =>
        await s.Command("UPDATE events SET code_key = @k WHERE pk = @e").With("@k", code.ToLowerInvariant()).With("@e", eventKey).ExecuteNonQueryAsync(ct);

    /// <summary>Writes the parameters an item gave (null clears; capacity clears to unlimited) and its custom field values.</summary>
    private async Task SetEventParametersAsync(SqlSession s, long eventKey, EventChanges changes, CancellationToken ct)
    {
        var fields = F.All.Where(f => changes.Has(f.Name)).ToList();
        var sets = fields.Select((f, i) => $"{EventColumn(f)} = @p{i}").Append("updated_at = @t");
        var command = s.Command($"UPDATE events SET {string.Join(", ", sets)} WHERE pk = @e").With("@e", eventKey).With("@t", Now);
        for (var i = 0; i < fields.Count; i++)
        {
            var value = changes.Values[fields[i].Name];
            command.With($"@p{i}", value switch
            {
                DateTimeOffset date => UnixTime.ToStored(date),
                null when fields[i].Name == F.Capacity => -1,
                _ => value,
            });
        }

        await command.ExecuteNonQueryAsync(ct);
        foreach (var field in changes.CustomFields)
        {
            var key = EventParameterRules.CustomFieldKey(field)!;
            await s.Command("DELETE FROM event_custom_field_values WHERE event_pk = @e AND field_key = @k").With("@e", eventKey).With("@k", key).ExecuteNonQueryAsync(ct);
            if (!string.IsNullOrEmpty(field.FieldValue))
            {
                await s.Command(
                        "INSERT INTO event_custom_field_values (event_pk, field_key, field_id, field_name, field_type, field_value) VALUES (@e, @k, @id, @n, @ty, @v)")
                    .With("@e", eventKey).With("@k", key).With("@id", CventId.TryParse(field.FieldId, out var id) ? id.ToString() : null)
                    .With("@n", NullIfEmpty(field.FieldName?.Trim())).With("@ty", NullIfEmpty(field.FieldType?.Trim())).With("@v", field.FieldValue)
                    .ExecuteNonQueryAsync(ct);
            }
        }
    }

    /// <summary>
    /// One <c>event_history</c> row (and so the change feed's); <paramref name="changedFields"/> names the fields an
    /// update changed (comma-separated; see SqlStore.ChangedFields), null for the other actions and for an import.
    /// </summary>
    private async Task RecordEventAsync(
        SqlSession s, CallContext call, long eventKey, EventAction action, long? sourceKey, string? messageId, string? changedFields, CancellationToken ct)
    {
        await CallKeyAsync(s, call, ct);
        await s.Command("INSERT INTO event_history (call_pk, event_pk, action, source_event_pk, message_id, changed_fields) VALUES (@c, @e, @x, @src, @m, @f)")
            .With("@c", call.CallKey).With("@e", eventKey).With("@x", (int)action).With("@src", sourceKey).With("@m", messageId).With("@f", changedFields)
            .ExecuteNonQueryAsync(ct);
    }

    /// <summary>The stored values of an event's parameters <paramref name="fields"/>, then its custom field values (one text).</summary>
    private static async Task<object?[]> ReadEventFieldsAsync(SqlSession s, long eventKey, IReadOnlyList<EventParameterField> fields, CancellationToken ct)
    {
        var values = await ReadColumnsAsync(s, "events", [.. fields.Select(EventColumn)], eventKey, ct);
        var custom = new System.Text.StringBuilder();
        await using (var reader = await s.Command(
                "SELECT field_key, field_id, field_name, field_type, field_value FROM event_custom_field_values WHERE event_pk = @e ORDER BY field_key")
            .With("@e", eventKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < 5; i++)
                {
                    custom.Append(reader.IsDBNull(i) ? "\0" : reader.GetString(i)).Append('\u001f');
                }

                custom.Append('\u001e');
            }
        }

        return [.. values, custom.ToString()];
    }

    /// <summary>The EventParameters attributes whose stored value changed, and <c>CustomFieldDetail</c> when a custom field value did.</summary>
    private static string ChangedEventFields(IReadOnlyList<EventParameterField> fields, object?[] before, object?[] after) =>
        ChangedFieldNames([.. fields.Select(f => f.Name), "CustomFieldDetail"], before, after);
}
