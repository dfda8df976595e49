using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Custom field values of contacts and guests (<c>custom_field_values</c>), written by CreateContact, UpdateContact,
/// UpsertContact and UpdateGuestInfo and read back as the <c>CustomFieldDetail</c>s of Retrieve; and the detail
/// projections of issue #18 (those values, and an invitee's <c>InternalInfoDetail</c>).
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>The category whose fields contacts and guests carry values of.</summary>
    private const string ContactFieldCategory = "ContactCustomField";

    /// <summary>
    /// Checks an item's <c>CustomFieldDetail</c>s against the account's contact custom fields (loaded once per call
    /// through <paramref name="cached"/> and <paramref name="cache"/>): the values to write, or the item's error.
    /// </summary>
    private async Task<(IReadOnlyList<(StoredField Field, string? Value)> Values, CventError? Error)> ParseCustomValuesAsync(
        SqlSession s, long accountKey, IReadOnlyList<CustomFieldValueInput> inputs, Func<List<StoredField>?> cached, Action<List<StoredField>> cache, CancellationToken ct)
    {
        if (inputs.Count == 0)
        {
            return ([], null);
        }

        var fields = cached() ?? await LoadFieldsAsync(s, accountKey, ContactFieldCategory, ct);
        cache(fields);
        var (values, error) = CustomFieldRules.ParseValues(inputs, [.. fields.Select(f => f.Definition)]);
        return error is not null ? ([], error) : ([.. values.Select(v => (fields.First(f => f.Definition.Id == v.Field.Id), v.Value))], null);
    }

    /// <summary>
    /// Sets (or, for a null value, clears) an owner's values and records each change as <c>CustomFieldDetail/FieldId</c>.
    /// <paramref name="ownerColumn"/> is <c>contact_pk</c> or <c>registrant_pk</c>.
    /// </summary>
    private async Task WriteCustomValuesAsync(
        SqlSession s, CallContext call, string objectType, string ownerColumn, long ownerKey, IReadOnlyList<(StoredField Field, string? Value)> values, CancellationToken ct)
    {
        foreach (var (field, value) in values)
        {
            var old = await s.Command($"SELECT field_value FROM custom_field_values WHERE field_pk = @f AND {ownerColumn} = @o")
                .With("@f", field.Key).With("@o", ownerKey).ExecuteScalarAsync(ct) as string;
            if (string.Equals(old, value, StringComparison.Ordinal))
            {
                continue;
            }

            var sql = value is null ? $"DELETE FROM custom_field_values WHERE field_pk = @f AND {ownerColumn} = @o"
                : old is null ? $"INSERT INTO custom_field_values (account_pk, field_pk, {ownerColumn}, field_value, updated_at) VALUES (@a, @f, @o, @v, @t)"
                : $"UPDATE custom_field_values SET field_value = @v, updated_at = @t WHERE field_pk = @f AND {ownerColumn} = @o";
            await s.Command(sql).With("@a", call.AccountKey).With("@f", field.Key).With("@o", ownerKey).With("@v", value).With("@t", Now).ExecuteNonQueryAsync(ct);
            await RecordFieldChangesAsync(s, call, objectType, ownerKey, [($"CustomFieldDetail/{field.Definition.Id}", old, value)], ct);
        }
    }

    /// <summary>The detail rows of issue #18's details: custom field values of contacts and guests, invitees' internal information.</summary>
    private static IEnumerable<SqlDetailProjection> FieldsAndInviteesDetailProjections()
    {
        string Values(string ownerColumn) =>
            $"SELECT v.{ownerColumn} AS \"Parent\", f.field_name AS \"FieldName\", f.field_type AS \"FieldType\", v.field_value AS \"FieldValue\", " +
            $"f.id AS \"FieldId\", COALESCE(f.field_code, '') AS \"Code\" FROM custom_field_values v JOIN entity_custom_fields f ON f.pk = v.field_pk " +
            $"WHERE v.{ownerColumn} IN ({{parents}})";
        yield return new(ContactObject.CustomFieldDetail, Values("contact_pk"), d => $"{d.Binary("d.\"Code\"")}, d.\"FieldId\"");
        yield return new(GuestObject.CustomFieldDetail, Values("registrant_pk"), d => $"{d.Binary("d.\"Code\"")}, d.\"FieldId\"");
        yield return new(InviteeObject.InternalInfoDetail,
            "SELECT a.registrant_pk AS \"Parent\", q.question_text AS \"QuestionText\", a.answer_text AS \"AnswerText\", COALESCE(q.question_code, '') AS \"Code\", " +
            "a.pk AS \"Seq\" FROM invitee_internal_answers a JOIN event_questions q ON q.pk = a.question_pk WHERE a.registrant_pk IN ({parents})",
            d => $"{d.Binary("d.\"Code\"")}, d.\"Seq\"");
    }
}
