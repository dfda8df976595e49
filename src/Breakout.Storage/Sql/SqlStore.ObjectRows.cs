using System.Globalization;
using System.Text.RegularExpressions;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Import of the types Cvent has no create call for (#17 part B), read from the same declarations Retrieve uses: a
/// field whose projection column is a plain column of the type's own table is written there, a relation field
/// (<c>SurveyId</c>, <c>EventId</c>, <c>ContactId</c>, …) is resolved to its row in the same account, and the detail
/// rows replace the object's earlier ones. Rows are applied parents first (surveys before their questions and
/// respondents, respondents before responses); a row that names a missing relation or an unknown field is reported
/// and skipped.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>A relation field: the column holding the related row's key, the related table, and whether it is required.</summary>
    private sealed record SqlReference(string Field, string Column, string Table, bool Required, string Scope = "");

    private static readonly Dictionary<CvObjectType, SqlReference[]> References = new()
    {
        [CvObjectType.Survey] = [],
        [CvObjectType.SurveyQuestion] = [new("SurveyId", "survey_pk", "surveys", true)],
        [CvObjectType.Respondent] = [new("SurveyId", "survey_pk", "surveys", true), Contact("contact_pk")],
        [CvObjectType.Response] = [new("RespondentId", "respondent_pk", "respondents", true)],
        [CvObjectType.SurveyEmailHistory] =
            [new("SurveyId", "survey_pk", "surveys", true), new("RespondentId", "respondent_pk", "respondents", false), Contact("contact_pk")],
        [CvObjectType.EventEmailHistory] =
            [new("EventId", "event_pk", "events", true), new("InviteeId", "invitee_pk", "registrants", false, " AND kind = 0"), Contact("contact_pk")],
        [CvObjectType.ContactGroup] = [],
        [CvObjectType.DistributionList] = [],
        [CvObjectType.Appointment] = [new("EventId", "event_pk", "events", true)],
        [CvObjectType.AppointmentAttendee] = [new("AppointmentID", "appointment_pk", "appointments", true)],
    };

    /// <summary>Values an import takes beyond the WSDL's fields: what a Response's <c>SurveyDetail</c> shows of its question.</summary>
    private static readonly Dictionary<CvObjectType, CvField[]> ImportOnlyFields = new()
    {
        [CvObjectType.SurveyQuestion] = [new("QuestionTypeCode", CvFieldType.Integer), new("QuestionExportValue", CvFieldType.String)],
        [CvObjectType.Response] = [new("RespondentId", CvFieldType.Id)],
    };

    private static readonly Dictionary<string, string> ImportOnlyColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["QuestionTypeCode"] = "type_code",
        ["QuestionExportValue"] = "export_value",
    };

    private static SqlReference Contact(string column) => new("ContactId", column, "contacts", false, " AND deleted_at IS NULL");

    private async Task<IReadOnlyList<ImportRowError>> ImportObjectRowsAsync(SqlSession s, long accountKey, IReadOnlyList<CvObjectRow> rows, CancellationToken ct)
    {
        var errors = new List<ImportRowError>();
        var order = References.Keys.Select((type, i) => (type, i)).ToDictionary(x => x.type, x => x.i);
        foreach (var row in rows.OrderBy(r => order.GetValueOrDefault(r.Type, int.MaxValue)))
        {
            if (!References.ContainsKey(row.Type))
            {
                errors.Add(new ImportRowError(row.Type.ToString(), row.Id.ToString(), $"{row.Type} is imported by its own kind, not as an object row."));
                continue;
            }

            if (await ImportObjectRowAsync(s, accountKey, row, ct) is { } message)
            {
                errors.Add(new ImportRowError(row.Type.ToString(), row.Id.ToString(), message));
            }
        }

        return errors;
    }

    /// <summary>Writes one row; the reason it cannot be written, or null.</summary>
    private async Task<string?> ImportObjectRowAsync(SqlSession s, long accountKey, CvObjectRow row, CancellationToken ct)
    {
        var projection = Projections[row.Type];
        var type = projection.Descriptor;
        var alias = projection.IdColumn[..projection.IdColumn.IndexOf('.', StringComparison.Ordinal)];
        var table = projection.From[..projection.From.IndexOf(' ', StringComparison.Ordinal)];
        var values = new Dictionary<string, string>(row.Values, StringComparer.OrdinalIgnoreCase);
        var columns = new Dictionary<string, object?>(StringComparer.Ordinal);
        var extra = ImportOnlyFields.GetValueOrDefault(row.Type) ?? [];
        foreach (var name in values.Keys)
        {
            if (type.SearchField(name) is null && !extra.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return $"{name} is not a field of {type.Name}.";
            }
        }

        foreach (var reference in References[row.Type])
        {
            var text = values.GetValueOrDefault(reference.Field)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                if (reference.Required)
                {
                    return $"{reference.Field} is required.";
                }

                columns[reference.Column] = null;
                continue;
            }

            if (!CventId.TryParse(text, out var id) || await s.Command($"SELECT pk FROM {reference.Table} WHERE account_pk = @a AND id = @id{reference.Scope}")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct) is not { } key)
            {
                return $"{reference.Field} {text} does not exist.";
            }

            columns[reference.Column] = key;
        }

        foreach (var field in type.Fields.Concat(extra))
        {
            var column = ImportOnlyColumns.GetValueOrDefault(field.Name)
                ?? (projection.Columns.GetValueOrDefault(field.Name) is { } raw && OwnColumn(raw, alias) is { } own ? own : null);
            if (column is null or "id" or "updated_at")
            {
                continue;
            }

            var text = values.GetValueOrDefault(field.Name)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                text = field.DefaultValue;
            }

            if (text is null)
            {
                columns[column] = null;
            }
            else if (Stored(field.Type, text) is { } stored)
            {
                columns[column] = stored;
            }
            else
            {
                return $"{field.Name} '{text}' is not a valid {field.Type}.";
            }
        }

        var names = columns.Keys.ToList();
        await using var upsert = s.Command(
            $"INSERT INTO {table} (account_pk, id, {string.Join(", ", names)}, updated_at) " +
            $"VALUES (@a, @id, {string.Join(", ", names.Select((_, i) => "@c" + i.ToString(CultureInfo.InvariantCulture)))}, @t) " +
            $"ON CONFLICT (account_pk, id) DO UPDATE SET {string.Join(", ", names.Select(n => $"{n} = excluded.{n}"))}, updated_at = excluded.updated_at RETURNING pk")
            .With("@a", accountKey).With("@id", Dialect.IdValue(row.Id)).With("@t", Now);
        for (var i = 0; i < names.Count; i++)
        {
            upsert.With("@c" + i.ToString(CultureInfo.InvariantCulture), columns[names[i]]);
        }

        var pk = (await upsert.ScalarInt64Async(ct))!.Value;
        if (row.Type == CvObjectType.Response && values.GetValueOrDefault("Status") is { Length: > 0 } status)
        {
            await s.Command("UPDATE respondents SET status = @s, updated_at = @t WHERE pk = @r")
                .With("@s", status.Trim()).With("@t", Now).With("@r", columns["respondent_pk"]).ExecuteNonQueryAsync(ct);
        }

        return await ImportDetailsAsync(s, accountKey, row, pk, ct);
    }

    /// <summary>The column of a plain <c>alias.column</c> expression of the type's own table, or null.</summary>
    private static string? OwnColumn(string expression, string alias) =>
        Regex.Match(expression, $"^{Regex.Escape(alias)}\\.([a-z_0-9]+)$") is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The stored form of a field's wire text (1/0, Unix milliseconds, the dialect's ID), or null when it does not parse.</summary>
    private object? Stored(CvFieldType type, string text) => CvValues.TryParse(type, text, out var value) ? value switch
    {
        bool flag => flag ? 1 : 0,
        DateTimeOffset time => UnixTime.ToStored(time),
        CventId id => Dialect.IdValue(id),
        int number => (long)number,
        _ => value,
    } : null;

    /// <summary>Replaces the detail rows an object keeps: associated events, choices, answers, members.</summary>
    private async Task<string?> ImportDetailsAsync(SqlSession s, long accountKey, CvObjectRow row, long pk, CancellationToken ct)
    {
        IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(string name) =>
            row.Details.FirstOrDefault(d => string.Equals(d.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? [];

        switch (row.Type)
        {
            case CvObjectType.Survey:
                return await ReplaceLinksAsync(s, accountKey, "survey_events", "survey_pk", pk, "event_pk", "events", "EventId", "", Rows("AssociatedEvents"), ct);
            case CvObjectType.ContactGroup:
                return await ReplaceLinksAsync(s, accountKey, "contact_group_members", "group_pk", pk, "contact_pk", "contacts", "ContactId",
                    " AND deleted_at IS NULL", Rows("Members"), ct);
            case CvObjectType.DistributionList:
                return await ReplaceLinksAsync(s, accountKey, "distribution_list_members", "list_pk", pk, "contact_pk", "contacts", "ContactId",
                    " AND deleted_at IS NULL", Rows("Members"), ct);
            case CvObjectType.SurveyQuestion:
                await s.Command("DELETE FROM survey_question_choices WHERE question_pk = @q").With("@q", pk).ExecuteNonQueryAsync(ct);
                foreach (var (kind, detail, field) in new[] { (0, "AnswerDetail", "AnswerText"), (1, "RowDetail", "RowText") })
                {
                    var position = 0;
                    foreach (var choice in Rows(detail))
                    {
                        await s.Command("INSERT INTO survey_question_choices (question_pk, kind, position, choice_text) VALUES (@q, @k, @p, @x)")
                            .With("@q", pk).With("@k", kind).With("@p", position++).With("@x", Text(choice, field) ?? "").ExecuteNonQueryAsync(ct);
                    }
                }

                return null;
            case CvObjectType.Response:
                return await ReplaceAnswersAsync(s, accountKey, pk, Rows("SurveyDetail"), ct);
            default:
                return null;
        }
    }

    private async Task<string?> ReplaceLinksAsync(
        SqlSession s, long accountKey, string table, string ownerColumn, long owner, string targetColumn, string targetTable, string field, string scope,
        IReadOnlyList<IReadOnlyDictionary<string, string>> rows, CancellationToken ct)
    {
        var keys = new HashSet<long>();
        foreach (var link in rows)
        {
            var text = Text(link, field);
            if (!CventId.TryParse(text, out var id) || await s.Command($"SELECT pk FROM {targetTable} WHERE account_pk = @a AND id = @id{scope}")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct) is not { } key)
            {
                return $"{field} {text} does not exist.";
            }

            keys.Add(key);
        }

        await s.Command($"DELETE FROM {table} WHERE {ownerColumn} = @o").With("@o", owner).ExecuteNonQueryAsync(ct);
        foreach (var key in keys)
        {
            await s.Command($"INSERT INTO {table} ({ownerColumn}, {targetColumn}) VALUES (@o, @k)").With("@o", owner).With("@k", key).ExecuteNonQueryAsync(ct);
        }

        return null;
    }

    /// <summary>
    /// A response's answers, one import row per <c>Answer</c> naming its question (<c>QuestionId</c>, or
    /// <c>QuestionCode</c> within the response's survey) and optionally the question's <c>QuestionScore</c>.
    /// </summary>
    private async Task<string?> ReplaceAnswersAsync(SqlSession s, long accountKey, long response, IReadOnlyList<IReadOnlyDictionary<string, string>> rows, CancellationToken ct)
    {
        await s.Command("DELETE FROM response_answers WHERE detail_pk IN (SELECT pk FROM response_details WHERE response_pk = @r)").With("@r", response).ExecuteNonQueryAsync(ct);
        await s.Command("DELETE FROM response_details WHERE response_pk = @r").With("@r", response).ExecuteNonQueryAsync(ct);
        var details = new Dictionary<long, (long Detail, int Answers)>();
        foreach (var answer in rows)
        {
            long? question = CventId.TryParse(Text(answer, "QuestionId"), out var questionId)
                ? await s.Command("SELECT pk FROM survey_questions WHERE account_pk = @a AND id = @id").With("@a", accountKey).With("@id", Dialect.IdValue(questionId)).ScalarInt64Async(ct)
                : await s.Command("SELECT q.pk FROM survey_questions q JOIN respondents r ON r.survey_pk = q.survey_pk JOIN responses o ON o.respondent_pk = r.pk " +
                        "WHERE o.pk = @r AND q.code = @c").With("@r", response).With("@c", Text(answer, "QuestionCode") ?? "").ScalarInt64Async(ct);
            if (question is not { } questionKey)
            {
                return $"Question {Text(answer, "QuestionId") ?? Text(answer, "QuestionCode")} does not exist.";
            }

            if (!details.TryGetValue(questionKey, out var detail))
            {
                var score = Text(answer, "QuestionScore") is { } text && Stored(CvFieldType.Double, text) is { } value ? value : null;
                detail = ((await s.Command("INSERT INTO response_details (response_pk, question_pk, score) VALUES (@r, @q, @s) RETURNING pk")
                    .With("@r", response).With("@q", questionKey).With("@s", score).ScalarInt64Async(ct))!.Value, 0);
            }

            if (ResponseObject.Answer.Fields.Any(f => Text(answer, f.Name) is not null))
            {
                await s.Command("INSERT INTO response_answers (detail_pk, position, part, answer_column, answer_text, other, export_value, comment) " +
                        "VALUES (@d, @p, @part, @col, @text, @other, @export, @comment)")
                    .With("@d", detail.Detail).With("@p", detail.Answers).With("@part", Text(answer, "AnswerPart")).With("@col", Text(answer, "AnswerColumn"))
                    .With("@text", Text(answer, "AnswerText")).With("@other", Text(answer, "AnswerOther"))
                    .With("@export", Text(answer, "AnswerExportValue")).With("@comment", Text(answer, "AnswerComment")).ExecuteNonQueryAsync(ct);
                detail = (detail.Detail, detail.Answers + 1);
            }

            details[questionKey] = detail;
        }

        return null;
    }

    private static string? Text(IReadOnlyDictionary<string, string> row, string name) =>
        row.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } value ? value : null;
}
