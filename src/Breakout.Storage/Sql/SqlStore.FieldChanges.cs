using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>
/// The field-by-field record of the writes of issue #18's calls (<c>field_changes</c>): each changed field of a custom
/// field definition, a contact's custom field values, a guest, an invitee's internal information and registration
/// type, with its old and new wire text and the API call that changed it.
/// </summary>
public abstract partial class SqlStore
{
    private const string InsertFieldChange =
        "INSERT INTO field_changes (call_pk, object_type, object_pk, field, old_value, new_value) VALUES (@c, @o, @k, @f, @v0, @v1)";

    /// <summary>Records the fields whose text differs (the call's <c>api_calls</c> row is written with the first one).</summary>
    private async Task RecordFieldChangesAsync(
        SqlSession s, CallContext call, string objectType, long objectKey, IEnumerable<(string Field, string? Old, string? New)> changes, CancellationToken ct)
    {
        foreach (var (field, old, value) in changes.Where(c => !string.Equals(c.Old, c.New, StringComparison.Ordinal)))
        {
            var callKey = await CallKeyAsync(s, call, ct);
            await s.Command(InsertFieldChange).With("@c", callKey).With("@o", objectType).With("@k", objectKey).With("@f", field)
                .With("@v0", old).With("@v1", value).ExecuteNonQueryAsync(ct);
        }
    }

    public Task<IReadOnlyList<FieldChangeRecord>> ListFieldChangesAsync(long accountKey, string objectType, CventId id, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<FieldChangeRecord>>(async (s, ct) =>
        {
            var table = objectType switch
            {
                "EntityCustomField" => "entity_custom_fields",
                "Contact" => "contacts",
                "Guest" or "Invitee" => "registrants",
                _ => throw new ArgumentException($"No field changes are recorded for {objectType}.", nameof(objectType)),
            };
            await using var reader = await s.Command(
                    $"SELECT c.operation, c.call_id, c.at, h.field, h.old_value, h.new_value FROM field_changes h JOIN api_calls c ON c.pk = h.call_pk " +
                    $"JOIN {table} x ON x.pk = h.object_pk WHERE h.object_type = @o AND x.account_pk = @a AND x.id = @id ORDER BY h.pk")
                .With("@o", objectType).With("@a", accountKey).With("@id", Dialect.IdValue(id)).ExecuteReaderAsync(ct);
            var changes = new List<FieldChangeRecord>();
            while (await reader.ReadAsync(ct))
            {
                changes.Add(new FieldChangeRecord(reader.GetString(0), Guid.Parse(reader.GetString(1)), UnixTime.FromStored(reader.GetInt64(2)),
                    reader.GetString(3), reader.GetNullableString(4), reader.GetNullableString(5)));
            }

            return changes;
        }, cancellationToken);
}
