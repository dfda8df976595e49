using Breakout.Domain;
using Breakout.Domain.Surveys;

namespace Breakout.Storage.Sql;

/// <summary>
/// CreateSurveyAnswer and CreatePostEventFeedback. The survey's row is locked for the call, so two calls answering one
/// survey cannot both create a respondent for one contact, nor one response for one respondent (which the schema also
/// holds unique). Each answer records the API call that wrote it; the respondent and response rows take the call's
/// time, which GetUpdated windows on.
/// </summary>
public abstract partial class SqlStore : ISurveyAnswers
{
    private sealed record QuestionRow(long Key, bool AllowOther, IReadOnlyList<string> Choices, bool HasRows);

    public Task<IReadOnlyList<ItemResult>> CreateSurveyAnswersAsync(SurveyAnswersCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            long? eventKey = null, surveyKey;
            CventError? whole = null;
            if (command.ForEvent)
            {
                eventKey = CventId.TryParse(command.EventId, out var eventId) ? await FindKeyAsync(s, "events", command.AccountKey, eventId, ct) : null;
                surveyKey = eventKey is null ? null : await s.Command(
                        "SELECT v.pk FROM surveys v JOIN survey_events x ON x.survey_pk = v.pk WHERE v.account_pk = @a AND x.event_pk = @e " +
                        $"ORDER BY COALESCE(v.launch_at, 0) DESC, {Dialect.Binary("v.id")} LIMIT 1")
                    .With("@a", command.AccountKey).With("@e", eventKey).ScalarInt64Async(ct);
                whole = eventKey is null ? CventErrors.InvalidEventId : surveyKey is null ? CventErrors.NoFeedbackSurvey : null;
            }
            else
            {
                surveyKey = CventId.TryParse(command.SurveyId, out var surveyId) ? await FindKeyAsync(s, "surveys", command.AccountKey, surveyId, ct) : null;
                whole = surveyKey is null ? CventErrors.InvalidActivityId : null;
            }

            whole ??= command.Status is "Partial Response" or "Complete Response" or "Disqualified Response" ? null : CventErrors.InvalidRespondentStatus;
            if (whole is not null)
            {
                return [.. command.Items.Select(i => new ItemResult(null, NullIfEmpty(i.MessageId), whole))];
            }

            await s.Command("SELECT v.pk FROM surveys v WHERE v.pk = @v" + Dialect.LockRows("v")).With("@v", surveyKey).ScalarInt64Async(ct);
            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, command.Operation);
            var results = new List<ItemResult>(command.Items.Count);
            foreach (var item in command.Items)
            {
                var (id, error) = await AnswerAsync(s, call, command, surveyKey!.Value, eventKey, item, ct);
                results.Add(new ItemResult(id?.ToString(), NullIfEmpty(item.MessageId), error));
            }

            return results;
        }, cancellationToken);

    private async Task<(CventId? Response, CventError? Error)> AnswerAsync(
        SqlSession s, CallContext call, SurveyAnswersCommand command, long surveyKey, long? eventKey, AnswerInput item, CancellationToken ct)
    {
        var (contactKey, whoError) = await FindAnswererAsync(s, call.AccountKey, eventKey, item.Id, ct);
        if (whoError is not null)
        {
            return (null, whoError);
        }

        var (question, questionError) = await FindQuestionAsync(s, call.AccountKey, surveyKey, item, ct);
        if (questionError is not null)
        {
            return (null, questionError);
        }

        if (question!.HasRows)
        {
            return (null, CventErrors.InvalidSurveyQuestionType);
        }

        var text = item.Answer?.Trim();
        var choice = question.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (string.IsNullOrEmpty(text) || (question.Choices.Count > 0 && choice is null && !question.AllowOther))
        {
            return (null, CventErrors.InvalidAnswer);
        }

        var respondent = await s.Command("SELECT r.pk FROM respondents r WHERE r.survey_pk = @v AND r.contact_pk = @c ORDER BY r.pk LIMIT 1")
            .With("@v", surveyKey).With("@c", contactKey).ScalarInt64Async(ct);
        var (response, responseId, transactionError) = await FindResponseAsync(s, call.AccountKey, surveyKey, respondent, NullIfEmpty(item.TransactionId?.Trim()), ct);
        if (transactionError is not null)
        {
            return (null, transactionError);
        }

        respondent ??= await s.Command("INSERT INTO respondents (account_pk, id, survey_pk, contact_pk, status, updated_at) VALUES (@a, @id, @v, @c, @s, @t) RETURNING pk")
            .With("@a", call.AccountKey).With("@id", Dialect.IdValue(CventId.New())).With("@v", surveyKey).With("@c", contactKey).With("@s", command.Status).With("@t", Now)
            .ScalarInt64Async(ct);
        if (response is null)
        {
            responseId = CventId.New();
            response = await s.Command("INSERT INTO responses (account_pk, id, respondent_pk, transaction_id, updated_at) VALUES (@a, @id, @r, @x, @t) RETURNING pk")
                .With("@a", call.AccountKey).With("@id", Dialect.IdValue(responseId.Value)).With("@r", respondent).With("@x", NullIfEmpty(item.TransactionId?.Trim())).With("@t", Now)
                .ScalarInt64Async(ct);
        }

        await s.Command("INSERT INTO response_details (response_pk, question_pk) VALUES (@r, @q) ON CONFLICT (response_pk, question_pk) DO NOTHING")
            .With("@r", response).With("@q", question.Key).ExecuteNonQueryAsync(ct);
        var detail = await s.Command("SELECT pk FROM response_details WHERE response_pk = @r AND question_pk = @q").With("@r", response).With("@q", question.Key).ScalarInt64Async(ct);
        var (answerText, other) = choice is not null || question.Choices.Count == 0 ? (choice ?? text, (string?)null) : (null, text);
        await s.Command("INSERT INTO response_answers (detail_pk, position, answer_text, other, call_pk) " +
                "SELECT @d, m.next, @x, @o, @c FROM (SELECT COALESCE(MAX(position) + 1, 0) AS next FROM response_answers WHERE detail_pk = @d) m " +
                "WHERE NOT EXISTS (SELECT 1 FROM response_answers WHERE detail_pk = @d AND COALESCE(answer_text, '') = COALESCE(@x, '') AND COALESCE(other, '') = COALESCE(@o, ''))")
            .With("@d", detail).With("@x", answerText).With("@o", other).With("@c", await CallKeyAsync(s, call, ct)).ExecuteNonQueryAsync(ct);
        await s.Command("UPDATE respondents SET status = @s, updated_at = @t WHERE pk = @r").With("@s", command.Status).With("@t", Now).With("@r", respondent).ExecuteNonQueryAsync(ct);
        await s.Command("UPDATE responses SET updated_at = @t, completed_at = CASE WHEN @s = 'Complete Response' THEN COALESCE(completed_at, @t) ELSE completed_at END WHERE pk = @o")
            .With("@t", Now).With("@s", command.Status).With("@o", response).ExecuteNonQueryAsync(ct);
        return (responseId, null);
    }

    /// <summary>The contact who answers: the item's contact (a survey), or the contact of the item's invitee of the event (its feedback).</summary>
    private async Task<(long? Contact, CventError? Error)> FindAnswererAsync(SqlSession s, long accountKey, long? eventKey, string? id, CancellationToken ct)
    {
        if (eventKey is null)
        {
            if (!CventId.TryParse(id, out var contactId))
            {
                return (null, CventErrors.InvalidTransferId);
            }

            var contact = await FindRowAsync(s, accountKey, "contacts", contactId, "x.deleted_at IS NULL", ct);
            return contact is null ? (null, CventErrors.ContactDoesNotExist) : (contact, null);
        }

        var invitee = CventId.TryParse(id, out var inviteeId) ? await s.Command(
                "SELECT r.contact_pk FROM registrants r JOIN contacts c ON c.pk = r.contact_pk AND c.deleted_at IS NULL " +
                "WHERE r.account_pk = @a AND r.id = @id AND r.kind = 0 AND r.event_pk = @e")
            .With("@a", accountKey).With("@id", Dialect.IdValue(inviteeId)).With("@e", eventKey).ScalarInt64Async(ct) : null;
        return invitee is null ? (null, CventErrors.InviteeDoesNotExist) : (invitee, null);
    }

    /// <summary>The question an item names within the survey, by <c>QuestionID</c> or else <c>QuestionCode</c> (any case), with its choices.</summary>
    private async Task<(QuestionRow? Question, CventError? Error)> FindQuestionAsync(SqlSession s, long accountKey, long surveyKey, AnswerInput item, CancellationToken ct)
    {
        long? key;
        if (!string.IsNullOrWhiteSpace(item.QuestionId))
        {
            key = CventId.TryParse(item.QuestionId.Trim(), out var questionId)
                ? await s.Command("SELECT q.pk FROM survey_questions q WHERE q.account_pk = @a AND q.id = @id AND q.survey_pk = @v")
                    .With("@a", accountKey).With("@id", Dialect.IdValue(questionId)).With("@v", surveyKey).ScalarInt64Async(ct)
                : null;
            if (key is null)
            {
                return (null, CventErrors.QuestionIdNotInSurvey);
            }
        }
        else if (!string.IsNullOrWhiteSpace(item.QuestionCode))
        {
            key = await s.Command($"SELECT q.pk FROM survey_questions q WHERE q.survey_pk = @v AND {Dialect.Fold("q.code")} = {Dialect.Fold("@c")} ORDER BY q.pk LIMIT 1")
                .With("@v", surveyKey).With("@c", item.QuestionCode.Trim()).ScalarInt64Async(ct);
            if (key is null)
            {
                return (null, CventErrors.QuestionCodeNotInSurvey);
            }
        }
        else
        {
            return (null, CventErrors.SurveyQuestionRequired);
        }

        var choices = new List<string>();
        var hasRows = false;
        await using (var reader = await s.Command("SELECT kind, choice_text FROM survey_question_choices WHERE question_pk = @q ORDER BY kind, position").With("@q", key).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (reader.GetInt64(0) == 0)
                {
                    choices.Add(reader.GetString(1));
                }
                else
                {
                    hasRows = true;
                }
            }
        }

        var allowOther = await s.Command("SELECT COALESCE(allow_other, 0) FROM survey_questions WHERE pk = @q").With("@q", key).ScalarInt64Async(ct) == 1;
        return (new QuestionRow(key.Value, allowOther, choices, hasRows), null);
    }

    /// <summary>
    /// The respondent's response, checked against the item's <c>TransactionID</c>: an existing response with another
    /// TransactionID is CV50108; a new response whose TransactionID another response of the survey has is CV50107.
    /// </summary>
    private async Task<(long? Response, CventId? Id, CventError? Error)> FindResponseAsync(
        SqlSession s, long accountKey, long surveyKey, long? respondent, string? transactionId, CancellationToken ct)
    {
        if (respondent is not null)
        {
            await using var reader = await s.Command("SELECT o.pk, o.id, o.transaction_id FROM responses o WHERE o.respondent_pk = @r").With("@r", respondent).ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                var stored = reader.IsDBNull(2) ? null : reader.GetString(2);
                return transactionId is not null && stored is not null && stored != transactionId
                    ? (null, null, CventErrors.TransactionIdNotFound)
                    : (reader.GetInt64(0), new CventId(reader.GetGuid(1)), null);
            }
        }

        var taken = transactionId is not null && await s.Command(
                "SELECT COUNT(*) FROM responses o JOIN respondents r ON r.pk = o.respondent_pk WHERE o.account_pk = @a AND o.transaction_id = @x AND r.survey_pk = @v")
            .With("@a", accountKey).With("@x", transactionId).With("@v", surveyKey).ScalarInt64Async(ct) > 0;
        return (null, null, taken ? CventErrors.TransactionIdExists : null);
    }
}
