using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// CreateCustomField and UpdateCustomField over <c>entity_custom_fields</c> and its choices, the rows EntityCustomField
/// (Retrieve, Search, GetUpdated) and DescribeGlobal's LookUps read. Calls of one account run one after another (the
/// account row is locked, as for contacts), so a name or code checked free stays free until the commit.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>A stored custom field: its row key and definition.</summary>
    private sealed record StoredField(long Key, CustomFieldDefinition Definition);

    private const string FieldColumns =
        "f.pk, f.id, COALESCE(f.custom_field_category, ''), COALESCE(f.field_name, ''), f.field_code, COALESCE(f.field_type, ''), f.answer_format, " +
        "f.minimum_characters, f.maximum_characters, f.minimum_number, f.maximum_number, f.earliest_date, f.latest_date, f.help_text, " +
        "f.prepopulate_current_date, f.display_pop_up_calendar";

    private const string FieldAssignments =
        "custom_field_category = @c, field_name = @n, field_code = @d, help_text = @h, field_type = @y, answer_format = @f, minimum_characters = @i0, " +
        "maximum_characters = @i1, minimum_number = @i2, maximum_number = @i3, prepopulate_current_date = @b0, earliest_date = @t0, latest_date = @t1, " +
        "display_pop_up_calendar = @b1, updated_at = @t";

    public Task<IReadOnlyList<ItemResult>> SaveCustomFieldsAsync(SaveCustomFieldsCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var operation = command.Create ? "CreateCustomField" : "UpdateCustomField";
            var call = (await BeginContactCallAsync(s, command.AccountKey, command.ApiUserKey, command.CallId, operation, ct)).Call;
            var fields = await LoadFieldsAsync(s, command.AccountKey, null, ct);
            var seen = new HashSet<CventId>();
            var results = new List<ItemResult>(command.Fields.Count);
            foreach (var input in command.Fields)
            {
                results.Add(await SaveCustomFieldAsync(s, call, command, input, fields, seen, ct));
            }

            return results;
        }, cancellationToken);

    public Task<IReadOnlyList<CustomFieldDefinition>> ListCustomFieldsAsync(long accountKey, string category, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<CustomFieldDefinition>>(async (s, ct) => [.. (await LoadFieldsAsync(s, accountKey, category, ct)).Select(f => f.Definition)], cancellationToken);

    private async Task<ItemResult> SaveCustomFieldAsync(
        SqlSession s, CallContext call, SaveCustomFieldsCommand command, CustomFieldInput input, List<StoredField> fields, HashSet<CventId> seen, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        var given = !string.IsNullOrWhiteSpace(input.Id) && !(Guid.TryParse(input.Id.Trim(), out var empty) && empty == Guid.Empty);
        ItemResult Refused(CventError error, string? id = null) => new(id, reference, error);
        StoredField? existing = null;
        if (command.Create && given)
        {
            return Refused(CventErrors.InvalidCustomFieldId.WithDescription("ID is not valid: CreateCustomField assigns the ID; change a field with UpdateCustomField."), CventId.Echo(input.Id));
        }

        if (!command.Create)
        {
            if (!given)
            {
                return Refused(CventErrors.CustomFieldIdRequired);
            }

            if (!CventId.TryParse(input.Id!.Trim(), out var id) || (existing = fields.FirstOrDefault(f => f.Definition.Id == id)) is null)
            {
                return Refused(CventErrors.InvalidCustomFieldId, CventId.Echo(input.Id));
            }

            if (!seen.Add(id))
            {
                return Refused(CventErrors.DuplicateCustomFieldId, id.ToString());
            }
        }

        var fieldId = existing?.Definition.Id ?? CventId.New();
        var echo = existing is null ? null : fieldId.ToString();
        var (definition, error) = CustomFieldRules.Parse(input, existing?.Definition, fieldId, command.Category ?? "");
        if (error is not null)
        {
            return Refused(error, echo);
        }

        var clash = fields.FirstOrDefault(f => f.Key != existing?.Key && f.Definition.Category == definition!.Category &&
            (string.Equals(f.Definition.Name, definition.Name, StringComparison.OrdinalIgnoreCase) ||
             (!string.IsNullOrEmpty(definition.Code) && string.Equals(f.Definition.Code, definition.Code, StringComparison.OrdinalIgnoreCase))));
        if (clash is not null)
        {
            return Refused(CventErrors.DuplicateCustomField.WithDescription(
                $"{CventErrors.DuplicateCustomField.Description}: field {clash.Definition.Id} is named '{clash.Definition.Name}' (code '{clash.Definition.Code}')."), echo);
        }

        if (existing is not null && existing.Definition.Kind != definition!.Kind &&
            await s.Command("SELECT COUNT(*) FROM custom_field_values WHERE field_pk = @f").With("@f", existing.Key).ScalarInt64Async(ct) > 0)
        {
            return Refused(CventErrors.CustomFieldTypeInUse.WithDescription(
                $"{CventErrors.CustomFieldTypeInUse.Description}: {existing.Definition.Name} holds {existing.Definition.Kind} values; clear them first."), echo);
        }

        var key = await WriteFieldAsync(s, call.AccountKey, existing?.Key, definition!, ct);
        await RecordFieldChangesAsync(s, call, nameof(CvObjectType.EntityCustomField), key, FieldTexts(existing?.Definition).Zip(FieldTexts(definition!),
            (old, now) => (old.Field, existing is null ? null : old.Text, now.Text)), ct);
        var stored = new StoredField(key, definition!);
        if (existing is null)
        {
            fields.Add(stored);
        }
        else
        {
            fields[fields.IndexOf(existing)] = stored;
        }

        return new ItemResult(fieldId.ToString(), reference, null);
    }

    /// <summary>Inserts or updates a field's row and, when they changed, replaces its choices; returns its key.</summary>
    private async Task<long> WriteFieldAsync(SqlSession s, long accountKey, long? key, CustomFieldDefinition field, CancellationToken ct)
    {
        var command = key is null
            ? s.Command("INSERT INTO entity_custom_fields (account_pk, id, custom_field_category, field_name, field_code, help_text, field_type, " +
                    "answer_format, minimum_characters, maximum_characters, minimum_number, maximum_number, prepopulate_current_date, earliest_date, latest_date, " +
                    "display_pop_up_calendar, updated_at) VALUES (@a, @id, @c, @n, @d, @h, @y, @f, @i0, @i1, @i2, @i3, @b0, @t0, @t1, @b1, @t) RETURNING pk")
                .With("@a", accountKey).With("@id", Dialect.IdValue(field.Id))
            : s.Command($"UPDATE entity_custom_fields SET {FieldAssignments} WHERE pk = @k RETURNING pk").With("@k", key);
        var stored = (await command.With("@c", field.Category).With("@n", field.Name).With("@d", field.Code).With("@h", field.HelpText).With("@y", field.FieldType)
            .With("@f", field.AnswerFormat).With("@i0", field.MinimumCharacters).With("@i1", field.MaximumCharacters).With("@i2", field.MinimumNumber)
            .With("@i3", field.MaximumNumber).With("@b0", field.PrepopulateCurrentDate ? 1 : 0).With("@t0", UnixTime.ToStored(field.EarliestDate))
            .With("@t1", UnixTime.ToStored(field.LatestDate)).With("@b1", field.DisplayPopUpCalendar ? 1 : 0).With("@t", Now).ScalarInt64Async(ct))!.Value;

        var current = await ReadChoicesAsync(s, stored, ct);
        if (!current.SequenceEqual(field.Choices, StringComparer.Ordinal))
        {
            await s.Command("DELETE FROM entity_custom_field_choices WHERE field_pk = @f").With("@f", stored).ExecuteNonQueryAsync(ct);
            foreach (var choice in field.Choices)
            {
                await s.Command("INSERT INTO entity_custom_field_choices (field_pk, field_choice_text) VALUES (@f, @x)").With("@f", stored).With("@x", choice)
                    .ExecuteNonQueryAsync(ct);
            }
        }

        return stored;
    }

    private static async Task<List<string>> ReadChoicesAsync(SqlSession s, long fieldKey, CancellationToken ct)
    {
        await using var reader = await s.Command("SELECT field_choice_text FROM entity_custom_field_choices WHERE field_pk = @f ORDER BY pk")
            .With("@f", fieldKey).ExecuteReaderAsync(ct);
        var choices = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            choices.Add(reader.GetString(0));
        }

        return choices;
    }

    /// <summary>The account's custom fields (of one category, or all), with their choices, in code order.</summary>
    private async Task<List<StoredField>> LoadFieldsAsync(SqlSession s, long accountKey, string? category, CancellationToken ct)
    {
        var where = category is null ? "" : " AND f.custom_field_category = @c";
        var fields = new List<(long Key, CustomFieldDefinition Definition)>();
        await using (var reader = await s.Command(
                         $"SELECT {FieldColumns} FROM entity_custom_fields f WHERE f.account_pk = @a{where} " +
                         $"ORDER BY {Dialect.Binary("COALESCE(f.field_code, '')")}, f.pk")
                     .With("@a", accountKey).With("@c", category).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                int? Int(int i) => reader.IsDBNull(i) ? null : (int)reader.GetInt64(i);
                fields.Add((reader.GetInt64(0), new CustomFieldDefinition(
                    new CventId(reader.GetGuid(1)), reader.GetString(2), reader.GetString(3), reader.GetNullableString(4), reader.GetString(5),
                    reader.GetNullableString(6), Int(7), Int(8), Int(9), Int(10), UnixTime.FromStored(reader.GetNullableInt64(11)),
                    UnixTime.FromStored(reader.GetNullableInt64(12)), [])
                {
                    HelpText = reader.GetNullableString(13),
                    PrepopulateCurrentDate = reader.GetNullableInt64(14) is 1,
                    DisplayPopUpCalendar = reader.GetNullableInt64(15) is 1,
                }));
            }
        }

        var choices = new Dictionary<long, List<string>>();
        await using (var reader = await s.Command(
                         $"SELECT c.field_pk, c.field_choice_text FROM entity_custom_field_choices c JOIN entity_custom_fields f ON f.pk = c.field_pk " +
                         $"WHERE f.account_pk = @a{where} ORDER BY c.pk")
                     .With("@a", accountKey).With("@c", category).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                (choices.TryGetValue(reader.GetInt64(0), out var list) ? list : choices[reader.GetInt64(0)] = []).Add(reader.GetString(1));
            }
        }

        return [.. fields.Select(f => new StoredField(f.Key, f.Definition with { Choices = choices.GetValueOrDefault(f.Key) ?? [] }))];
    }

    /// <summary>A definition's fields as wire text, in EntityCustomField order (all null for no definition), for the change record.</summary>
    private static IEnumerable<(string Field, string? Text)> FieldTexts(CustomFieldDefinition? f)
    {
        static string? Format(object? value) => value is null ? null : CvValues.Format(value);
        yield return ("CustomFieldCategory", f?.Category);
        yield return ("FieldName", f?.Name);
        yield return ("FieldCode", f?.Code);
        yield return ("HelpText", f?.HelpText);
        yield return ("FieldType", f?.FieldType);
        yield return ("AnswerFormat", f?.AnswerFormat);
        yield return ("MinimumCharacters", Format(f?.MinimumCharacters));
        yield return ("MaximumCharacters", Format(f?.MaximumCharacters));
        yield return ("MinimumNumber", Format(f?.MinimumNumber));
        yield return ("MaximumNumber", Format(f?.MaximumNumber));
        yield return ("PrepopulateCurrentDate", f is null ? null : Format(f.PrepopulateCurrentDate));
        yield return ("EarliestDate", Format(f?.EarliestDate));
        yield return ("LatestDate", Format(f?.LatestDate));
        yield return ("DisplayPopUpCalendar", f is null ? null : Format(f.DisplayPopUpCalendar));
        yield return ("FieldChoices", f is null ? null : string.Join(CustomFieldRules.ChoiceSeparator, f.Choices));
    }
}
