using System.Text.RegularExpressions;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Import of the #17 part B types, whose rows hang off each other (a response's respondent, survey and questions),
/// which <see cref="SqlObjectTables"/>' one-table declarations do not express. Read from the same declarations
/// Retrieve uses: a field whose projection column is a plain column of the type's own table is written there, and a
/// relation field (<c>SurveyId</c>, <c>EventId</c>, <c>ContactId</c>, …) is resolved to its row in the same account.
/// Objects are applied parents first (surveys before their questions and respondents, respondents before responses),
/// then detail rows; importing a detail row again changes nothing.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>The relations of each type, in import order (a type after those it names).</summary>
    private static readonly Dictionary<CvObjectType, SqlReference[]> PartBReferences = new()
    {
        [CvObjectType.Survey] = [],
        [CvObjectType.SurveyQuestion] = [new("SurveyId", "survey_pk", "surveys", "v", "Survey")],
        [CvObjectType.Respondent] = [new("SurveyId", "survey_pk", "surveys", "v", "Survey"), ContactReference()],
        [CvObjectType.Response] = [new("RespondentId", "respondent_pk", "respondents", "r", "Respondent")],
        [CvObjectType.SurveyEmailHistory] =
            [new("SurveyId", "survey_pk", "surveys", "v", "Survey"), new("RespondentId", "respondent_pk", "respondents", "r", "Respondent", Required: false), ContactReference()],
        [CvObjectType.EventEmailHistory] =
            [new("EventId", "event_pk", "events", "e", "Event"), new("InviteeId", "invitee_pk", "registrants", "r", "Invitee", Required: false, Scope: "x.kind = 0"), ContactReference()],
        [CvObjectType.ContactGroup] = [],
        [CvObjectType.DistributionList] = [],
        [CvObjectType.Appointment] = [new("EventId", "event_pk", "events", "e", "Event")],
        [CvObjectType.AppointmentAttendee] = [new("AppointmentID", "appointment_pk", "appointments", "a", "Appointment")],
    };

    /// <summary>The columns of import-only fields (what a Response's <c>SurveyDetail</c> shows of its question).</summary>
    private static readonly Dictionary<string, string> ImportOnlyColumns = new(StringComparer.Ordinal)
    {
        ["QuestionTypeCode"] = "type_code",
        ["QuestionExportValue"] = "export_value",
    };

    private static SqlReference ContactReference() => new("ContactId", "contact_pk", "contacts", "c", "Contact", Required: false, Scope: "x.deleted_at IS NULL");

    private async Task ImportSurveyAndListRowsAsync(SqlSession s, CallContext call, CatalogBatch batch, List<ImportRowError> errors, CancellationToken ct)
    {
        var accountKey = call.AccountKey;
        foreach (var type in PartBReferences.Keys)
        {
            var list = type is CvObjectType.ContactGroup or CvObjectType.DistributionList;
            foreach (var row in batch.Objects.Where(o => o.Type.Type == type))
            {
                var existed = list ? await FindRowAsync(s, accountKey, type == CvObjectType.ContactGroup ? "contact_groups" : "distribution_lists", row.Id, null, ct) : null;
                if (await ImportPartBObjectAsync(s, accountKey, row, ct) is { } message)
                {
                    errors.Add(new ImportRowError(ImportKind(row.Type), row.Id.ToString(), message));
                }
                else if (list)
                {
                    await RecordChangeAsync(s, call, type, row.Id, existed is null ? "Created" : "Updated", null, null, ct); // as CreateContactGroup writes
                }
            }
        }

        foreach (var row in batch.Details.Where(d => PartBReferences.ContainsKey(d.Type.Type)))
        {
            if (await ImportPartBDetailAsync(s, call, row, ct) is { } message)
            {
                errors.Add(new ImportRowError(ImportKind(row), row.Key, message));
            }
        }
    }

    /// <summary>Writes one object; the reason it cannot be written, or null.</summary>
    private async Task<string?> ImportPartBObjectAsync(SqlSession s, long accountKey, CvObjectRow row, CancellationToken ct)
    {
        var projection = Projections[row.Type.Type];
        var alias = projection.IdColumn[..projection.IdColumn.IndexOf('.', StringComparison.Ordinal)];
        var table = projection.From[..projection.From.IndexOf(' ', StringComparison.Ordinal)];
        var references = PartBReferences[row.Type.Type];
        var (keys, problem) = await ResolveReferencesAsync(s, accountKey, references, row.Values, ct);
        if (problem is not null)
        {
            return problem;
        }

        var columns = references.Select((r, i) => (r.Column, Key: keys[i])).ToDictionary(c => c.Column, c => (object?)c.Key, StringComparer.Ordinal);

        foreach (var field in row.Type.Fields.Concat(row.Type.ImportFields))
        {
            var column = ImportOnlyColumns.GetValueOrDefault(field.Name)
                ?? (projection.Columns.GetValueOrDefault(field.Name) is { } raw ? OwnColumn(raw, alias) : null);
            if (column is not null and not "id" and not "updated_at")
            {
                // A required column (a respondent's status, a list's security type) takes the field's default.
                var value = row.Values.GetValueOrDefault(field.Name) ?? (field.DefaultValue is { } fallback && CvValues.TryParse(field.Type, fallback, out var typed) ? typed : null);
                columns[column] = StoredValue(field.Type == CvFieldType.Decimal ? Money.Exact(value) : value);
            }
        }

        if (await ImportedListNameTakenAsync(s, accountKey, row, ct) is { } taken)
        {
            return taken; // #18
        }

        var names = columns.Keys.ToList();
        await using var upsert = s.Command(
                $"INSERT INTO {table} (account_pk, id, updated_at{string.Concat(names.Select(n => ", " + n))}) " +
                $"VALUES (@a, @id, @t{string.Concat(names.Select((_, i) => $", @c{i}"))}) " +
                $"ON CONFLICT (account_pk, id) DO UPDATE SET updated_at = excluded.updated_at{string.Concat(names.Select(n => $", {n} = excluded.{n}"))}")
            .With("@a", accountKey).With("@id", Dialect.IdValue(row.Id)).With("@t", Now);
        for (var i = 0; i < names.Count; i++)
        {
            upsert.With($"@c{i}", columns[names[i]]);
        }

        await upsert.ExecuteNonQueryAsync(ct);
        if (row.Type.Type == CvObjectType.Response && row.Values.GetValueOrDefault("Status") is string { Length: > 0 } status)
        {
            await s.Command("UPDATE respondents SET status = @s, updated_at = @t WHERE pk = @r")
                .With("@s", status).With("@t", Now).With("@r", columns["respondent_pk"]).ExecuteNonQueryAsync(ct);
        }

        return null;
    }

    /// <summary>
    /// Adds one detail row to its object: an associated event, a choice, a question's score, an answer, a member (a
    /// member the list did not have is a <c>.member_added</c> change of the import, as ManageContactGroupMembers writes).
    /// </summary>
    private async Task<string?> ImportPartBDetailAsync(SqlSession s, CallContext call, CvDetailRow row, CancellationToken ct)
    {
        var accountKey = call.AccountKey;
        var projection = Projections[row.Type.Type];
        var table = projection.From[..projection.From.IndexOf(' ', StringComparison.Ordinal)];
        if (await FindRowAsync(s, accountKey, table, row.ParentId, null, ct) is not { } parent)
        {
            return $"{row.Type.Name} {row.ParentId} does not exist.";
        }

        var problem = row.Detail.Element switch
        {
            "AssociatedEvents" => (await LinkAsync(s, accountKey, "survey_events", "survey_pk", parent, "event_pk", "events", "Event", row.Values.GetValueOrDefault("EventId"), null, ct)).Problem,
            "Members" => await ImportMemberAsync(s, call, row, parent, ct),
            "AnswerDetail" => await AddChoiceAsync(s, parent, 0, row.Values.GetValueOrDefault("AnswerText") as string, ct),
            "RowDetail" => await AddChoiceAsync(s, parent, 1, row.Values.GetValueOrDefault("RowText") as string, ct),
            "SurveyDetail" or "Answer" => await AddAnswerAsync(s, parent, row, ct),
            _ => $"{row.Type.Name}'s {row.Detail.Element} is not kept.",
        };
        if (problem is null)
        {
            await s.Command($"UPDATE {table} SET updated_at = @t WHERE pk = @p").With("@t", Now).With("@p", parent).ExecuteNonQueryAsync(ct);
        }

        return problem;
    }

    private async Task<long?> FindRowAsync(SqlSession s, long accountKey, string table, CventId id, string? scope, CancellationToken ct) =>
        await s.Command($"SELECT x.pk FROM {table} x WHERE x.account_pk = @a AND x.id = @id" + (scope is null ? "" : " AND " + scope))
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).ScalarInt64Async(ct);

    /// <summary>Links a row to its owner unless it is linked already; the reason it cannot, or whether it was added.</summary>
    private async Task<(string? Problem, bool Added)> LinkAsync(
        SqlSession s, long accountKey, string table, string ownerColumn, long owner, string targetColumn, string targetTable, string noun, object? target, string? scope,
        CancellationToken ct)
    {
        if (target is not CventId id || await FindRowAsync(s, accountKey, targetTable, id, scope, ct) is not { } key)
        {
            return ($"{noun} {target} does not exist.", false);
        }

        var added = await s.Command($"INSERT INTO {table} ({ownerColumn}, {targetColumn}) VALUES (@o, @k) ON CONFLICT DO NOTHING").With("@o", owner).With("@k", key)
            .ExecuteNonQueryAsync(ct);
        return (null, added > 0);
    }

    /// <summary>A contact group's or distribution list's member; one it did not have is in the change feed.</summary>
    private async Task<string?> ImportMemberAsync(SqlSession s, CallContext call, CvDetailRow row, long list, CancellationToken ct)
    {
        var group = row.Type.Type == CvObjectType.ContactGroup;
        var member = row.Values.GetValueOrDefault("ContactId");
        var (problem, added) = await LinkAsync(s, call.AccountKey, group ? "contact_group_members" : "distribution_list_members", group ? "group_pk" : "list_pk", list,
            "contact_pk", "contacts", "Contact", member, "x.deleted_at IS NULL", ct);
        if (added)
        {
            await RecordChangeAsync(s, call, row.Type.Type, row.ParentId, "MemberAdded", (CventId)member!, null, ct);
        }

        return problem;
    }

    /// <summary>Appends an answer choice (kind 0) or row (kind 1) to a question, unless it has that text already.</summary>
    private static async Task<string?> AddChoiceAsync(SqlSession s, long question, int kind, string? text, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "The text is missing.";
        }

        await s.Command("INSERT INTO survey_question_choices (question_pk, kind, position, choice_text) " +
                "SELECT @q, @k, m.next, @x FROM (SELECT COALESCE(MAX(position) + 1, 0) AS next FROM survey_question_choices WHERE question_pk = @q AND kind = @k) m " +
                "WHERE NOT EXISTS (SELECT 1 FROM survey_question_choices WHERE question_pk = @q AND kind = @k AND choice_text = @x)")
            .With("@q", question).With("@k", kind).With("@x", text).ExecuteNonQueryAsync(ct);
        return null;
    }

    /// <summary>
    /// A <c>SurveyDetail</c> row gives a question's score in a response; an <c>Answer</c> row adds an answer to the
    /// question. Both name the question by <c>QuestionCode</c> within the response's survey.
    /// </summary>
    private async Task<string?> AddAnswerAsync(SqlSession s, long response, CvDetailRow row, CancellationToken ct)
    {
        var code = row.Values.GetValueOrDefault("QuestionCode") as string;
        if (await s.Command("SELECT q.pk FROM survey_questions q JOIN respondents r ON r.survey_pk = q.survey_pk JOIN responses o ON o.respondent_pk = r.pk " +
                "WHERE o.pk = @r AND q.code = @c").With("@r", response).With("@c", code ?? "").ScalarInt64Async(ct) is not { } question)
        {
            return $"Question {code} is not a question of the response's survey.";
        }

        var score = StoredValue(Money.Exact(row.Values.GetValueOrDefault("QuestionScore")));
        await s.Command("INSERT INTO response_details (response_pk, question_pk, score) VALUES (@r, @q, @s) ON CONFLICT (response_pk, question_pk) DO " +
                (row.Detail.Element == "SurveyDetail" ? "UPDATE SET score = excluded.score" : "NOTHING"))
            .With("@r", response).With("@q", question).With("@s", score).ExecuteNonQueryAsync(ct);
        if (row.Detail.Element == "Answer")
        {
            var detail = (await s.Command("SELECT pk FROM response_details WHERE response_pk = @r AND question_pk = @q").With("@r", response).With("@q", question).ScalarInt64Async(ct))!.Value;
            var answer = ResponseObject.Answer.Fields.Select(f => row.Values.GetValueOrDefault(f.Name) as string).ToArray();
            await using var insert = s.Command(
                "INSERT INTO response_answers (detail_pk, position, part, answer_column, answer_text, other, export_value, comment) " +
                "SELECT @d, m.next, @c0, @c1, @c2, @c3, @c4, @c5 FROM (SELECT COALESCE(MAX(position) + 1, 0) AS next FROM response_answers WHERE detail_pk = @d) m " +
                "WHERE NOT EXISTS (SELECT 1 FROM response_answers WHERE detail_pk = @d " +
                string.Concat(new[] { "part", "answer_column", "answer_text", "other", "export_value", "comment" }.Select((c, i) => $"AND COALESCE({c}, '') = COALESCE(@c{i}, '') ")) + ")")
                .With("@d", detail);
            for (var i = 0; i < answer.Length; i++)
            {
                insert.With($"@c{i}", answer[i]);
            }

            await insert.ExecuteNonQueryAsync(ct);
        }

        return null;
    }

    /// <summary>The column of a plain <c>alias.column</c> expression of the type's own table, or null.</summary>
    private static string? OwnColumn(string expression, string alias) =>
        Regex.Match(expression, $"^{Regex.Escape(alias)}\\.([a-z_0-9]+)$") is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>The stored form of a typed value: 1/0, Unix milliseconds, the dialect's ID, amounts in ten-thousandths.</summary>
    private object? StoredValue(object? value) => value switch
    {
        bool flag => flag ? 1 : 0,
        DateTimeOffset time => UnixTime.ToStored(time),
        CventId id => Dialect.IdValue(id),
        int number => (long)number,
        decimal amount => Money.ToTenThousandths(amount),
        _ => value,
    };
}
