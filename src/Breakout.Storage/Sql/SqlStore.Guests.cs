using Breakout.Domain;
using Breakout.Domain.Invitees;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// UpdateGuestInfo: a guest's own fields (columns of its <c>registrants</c> row) and its contact custom field values.
/// The event row is locked for the call, then each guest row; the guest's <c>updated_at</c> moves, so GetUpdated
/// reports the guest and its invitee (and Registration).
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>
    /// The writable Guest fields and their registrants columns; in a class of its own, because the projections (another
    /// part of this class, initialised in no set order with this one) read it.
    /// </summary>
    private static IReadOnlyList<(CvField Field, string Column)> GuestColumns => GuestTable.Columns;

    private static class GuestTable
    {
        public static readonly IReadOnlyList<(CvField Field, string Column)> Columns =
            [.. GuestObject.Descriptor.Fields.Where(f => !f.ReadOnly).Select(f => (f, f.Name switch
            {
                "Email" => "email_address",
                "CCEmail" => "cc_email",
                _ => SqlNames.SnakeCase(f.Name),
            }))];

        public static readonly string Select =
            "SELECT r.pk, " + string.Join(", ", Columns.Select(c => "r." + c.Column)) + " FROM registrants r " +
            "WHERE r.account_pk = @a AND r.id = @id AND r.kind = 1 AND r.event_pk = @e";

        public static readonly string Update =
            "UPDATE registrants SET " + string.Join(", ", Columns.Select((c, i) => $"{c.Column} = @p{i}")) +
            ", last_modified_by = @u, updated_at = @t WHERE pk = @pk";
    }

    /// <summary>Columns that predate migration 0013 and are NOT NULL: a cleared value is stored as empty text.</summary>
    private static readonly HashSet<string> NotNullGuestColumns = new(["first_name", "last_name", "email_address"], StringComparer.Ordinal);

    public Task<IReadOnlyList<ItemResult>> UpdateGuestsAsync(UpdateGuestsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var e = CventId.TryParse(command.EventId?.Trim(), out var eventId) ? await LoadEventAsync(s, command.AccountKey, eventId, ct) : null;
            if (e is null)
            {
                return [.. command.Guests.Select(g => new ItemResult(CventId.Echo(g.Id), NullIfEmpty(g.MessageId), CventErrors.InvalidEventId))];
            }

            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "UpdateGuestInfo");
            var userName = await s.Command("SELECT user_name FROM api_users WHERE pk = @u").With("@u", command.ApiUserKey).ExecuteScalarAsync(ct) as string ?? "";
            List<StoredField>? fields = null;
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Guests.Count);
            foreach (var guest in command.Guests)
            {
                results.Add(await UpdateGuestAsync(s, call, e.Key, userName, guest, seen, () => fields, f => fields = f, ct));
            }

            return results;
        }, cancellationToken);

    private async Task<ItemResult> UpdateGuestAsync(
        SqlSession s, CallContext call, long eventKey, string userName, GuestInput input, HashSet<CventId> seen,
        Func<List<StoredField>?> cached, Action<List<StoredField>> cache, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        if (string.IsNullOrWhiteSpace(input.Id))
        {
            return new ItemResult(null, reference, CventErrors.GuestIdRequired);
        }

        if (!CventId.TryParse(input.Id.Trim(), out var id))
        {
            return new ItemResult(input.Id, reference, CventErrors.MalformedId);
        }

        var echo = id.ToString();
        if (!seen.Add(id))
        {
            return new ItemResult(echo, reference, CventErrors.DuplicateGuestId);
        }

        long key;
        var old = new string?[GuestColumns.Count];
        await using (var reader = await s.Command(GuestTable.Select + Dialect.LockRows("r"))
                         .With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).With("@e", eventKey).ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                return new ItemResult(echo, reference, CventErrors.GuestDoesNotExist);
            }

            key = reader.GetInt64(0);
            for (var i = 0; i < old.Length; i++)
            {
                old[i] = reader.IsDBNull(i + 1) ? null
                    : GuestColumns[i].Field.Type == CvFieldType.DateTime ? CvValues.Format(UnixTime.FromStored(reader.GetInt64(i + 1)))
                    : reader.GetString(i + 1) is { Length: > 0 } text ? text : null;
            }
        }

        var (changes, error) = GuestRules.Parse(input, Time.GetUtcNow());
        if (error is not null)
        {
            return new ItemResult(echo, reference, error);
        }

        var (customValues, customError) = await ParseCustomValuesAsync(s, call.AccountKey, input.CustomFields, cached, cache, ct);
        if (customError is not null)
        {
            return new ItemResult(echo, reference, customError);
        }

        var update = s.Command(GuestTable.Update);
        var now = new string?[GuestColumns.Count];
        for (var i = 0; i < GuestColumns.Count; i++)
        {
            var (field, column) = GuestColumns[i];
            var value = changes.TryGetValue(field.Name, out var changed) ? changed : ParseStored(field, old[i]);
            now[i] = value is null ? null : CvValues.Format(value);
            update.With("@p" + i, value switch
            {
                null => NotNullGuestColumns.Contains(column) ? "" : null,
                DateTimeOffset time => UnixTime.ToStored(time),
                _ => value,
            });
        }

        await update.With("@u", userName).With("@t", Now).With("@pk", key).ExecuteNonQueryAsync(ct);
        await CallKeyAsync(s, call, ct);
        await RecordFieldChangesAsync(s, call, nameof(CvObjectType.Guest), key, GuestColumns.Select((c, i) => (c.Field.Name, old[i], now[i])), ct);
        await WriteCustomValuesAsync(s, call, nameof(CvObjectType.Guest), "registrant_pk", key, customValues, ct);
        return new ItemResult(echo, reference, null);
    }

    private static object? ParseStored(CvField field, string? text) =>
        text is null ? null : CvValues.TryParse(field.Type, text, out var value) ? value : text;

    /// <summary>
    /// A Guest projection's columns with the guest's own fields (alias <c>x</c>) added: what UpdateGuestInfo wrote, and
    /// for company and title the guest's contact's where the guest has none of its own.
    /// </summary>
    private static Dictionary<string, string> WithGuestColumns(Dictionary<string, string> columns)
    {
        foreach (var (field, column) in GuestColumns)
        {
            columns[field.Name] = columns.TryGetValue(field.Name, out var shown) && shown.StartsWith("c.", StringComparison.Ordinal)
                ? $"COALESCE(x.{column}, {shown})"
                : $"x.{column}";
        }

        columns["LastModifiedBy"] = "x.last_modified_by";
        return columns;
    }
}
