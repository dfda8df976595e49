using Breakout.Domain;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Invitees;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// UpdateInviteeInternalInfo: an invitee's answers to its event's internal information questions
/// (<c>invitee_internal_answers</c>, one per invitee and question) and, by the reserved code
/// <see cref="InternalInfo.InternalNoteCode"/>, its internal note. Each change moves the invitee's <c>updated_at</c>.
/// </summary>
public abstract partial class SqlStore
{
    private sealed record InternalQuestion(long Key, CventId Id, string? Code, string? Type, bool Internal, IReadOnlyList<string> Answers);

    public Task<IReadOnlyList<ItemResult>> UpdateInternalInfoAsync(UpdateInternalInfoCommand command, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<ItemResult>>(async (s, ct) =>
        {
            var eventError = string.IsNullOrWhiteSpace(command.EventId) ? CventErrors.EventIdRequiredForInternalInfo : null;
            var e = eventError is null && CventId.TryParse(command.EventId!.Trim(), out var eventId) ? await LoadEventAsync(s, command.AccountKey, eventId, ct) : null;
            if (e is null)
            {
                var error = eventError ?? CventErrors.EventIdNotValidForInternalInfo;
                return [.. command.Answers.Select(a => new ItemResult(CventId.Echo(a.InviteeId), NullIfEmpty(a.MessageId), error))];
            }

            var questions = await LoadInternalQuestionsAsync(s, command.AccountKey, e.Key, ct);
            var call = new CallContext(command.AccountKey, command.ApiUserKey, command.CallId, "UpdateInviteeInternalInfo");
            var seen = new HashSet<(long, long?)>();
            var results = new List<ItemResult>(command.Answers.Count);
            foreach (var answer in command.Answers)
            {
                results.Add(await UpdateInternalAnswerAsync(s, call, e.Key, questions, answer, seen, ct));
            }

            return results;
        }, cancellationToken);

    private async Task<ItemResult> UpdateInternalAnswerAsync(
        SqlSession s, CallContext call, long eventKey, IReadOnlyList<InternalQuestion> questions, InternalAnswerInput input, HashSet<(long, long?)> seen, CancellationToken ct)
    {
        var reference = NullIfEmpty(input.MessageId);
        if (string.IsNullOrWhiteSpace(input.InviteeId))
        {
            return new ItemResult(null, reference, CventErrors.InviteeIdRequiredForInternalInfo);
        }

        var invitee = CventId.TryParse(input.InviteeId.Trim(), out var id)
            ? await s.Command("SELECT r.pk FROM registrants r WHERE r.account_pk = @a AND r.id = @id AND r.kind = 0 AND r.event_pk = @e" + Dialect.LockRows("r"))
                .With("@a", call.AccountKey).With("@id", Dialect.IdValue(id)).With("@e", eventKey).ScalarInt64Async(ct)
            : null;
        var echo = CventId.Echo(input.InviteeId);
        ItemResult Refused(CventError error) => new(echo, reference, error);
        if (invitee is not { } inviteeKey)
        {
            return Refused(CventErrors.InviteeDoesNotExist);
        }

        // The question: by ID, else by code; the reserved code names the internal note (null question).
        InternalQuestion? question;
        var code = input.QuestionCode?.Trim();
        if (!string.IsNullOrWhiteSpace(input.QuestionId))
        {
            question = CventId.TryParse(input.QuestionId.Trim(), out var questionId) ? questions.FirstOrDefault(q => q.Id == questionId) : null;
            if (question is null)
            {
                return Refused(CventErrors.QuestionIdDoesNotExist);
            }
        }
        else if (string.IsNullOrEmpty(code))
        {
            return Refused(CventErrors.QuestionRequired);
        }
        else
        {
            question = questions.FirstOrDefault(q => string.Equals(q.Code, code, StringComparison.OrdinalIgnoreCase));
            if (question is null && !string.Equals(code, InternalInfo.InternalNoteCode, StringComparison.OrdinalIgnoreCase))
            {
                return Refused(CventErrors.QuestionCodeDoesNotExist);
            }
        }

        if (question is not null && (!question.Internal || !InternalInfo.IsAnswerable(question.Type)))
        {
            return Refused(CventErrors.InvalidQuestionType.WithDescription(question.Internal
                ? $"Invalid question type: {question.Type} questions take no text answer."
                : $"Invalid question type: question {question.Code ?? question.Id.ToString()} is not an {InternalInfo.SurveyType} question."));
        }

        var text = input.Answer?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Refused(CventErrors.AnswerTextRequired);
        }

        if (!seen.Add((inviteeKey, question?.Key)))
        {
            return Refused(CventErrors.CombinationNotUnique);
        }

        if (question is not null && InternalInfo.IsChoice(question.Type) && question.Answers.Count > 0)
        {
            var parts = text.Split(CustomFieldRules.ChoiceSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var picked = parts.Select(p => question.Answers.FirstOrDefault(a => string.Equals(a, p, StringComparison.OrdinalIgnoreCase))).ToList();
            if (picked.Any(p => p is null) || (picked.Count > 1 && !question.Type!.Contains("Multiple", StringComparison.OrdinalIgnoreCase)))
            {
                return Refused(CventErrors.AnswerNotAChoice.WithDescription(
                    $"{CventErrors.AnswerNotAChoice.Description}: '{text}' is not one of {string.Join(", ", question.Answers)}."));
            }

            text = string.Join(CustomFieldRules.ChoiceSeparator, picked.Distinct());
        }

        text = text.Length > InternalInfo.MaxAnswerLength ? text[..InternalInfo.MaxAnswerLength] : text;
        string? old;
        if (question is null)
        {
            old = await s.Command("SELECT internal_note FROM registrants WHERE pk = @r").With("@r", inviteeKey).ExecuteScalarAsync(ct) as string;
            await s.Command("UPDATE registrants SET internal_note = @n, updated_at = @t WHERE pk = @r")
                .With("@n", text).With("@t", Now).With("@r", inviteeKey).ExecuteNonQueryAsync(ct);
        }
        else
        {
            old = await s.Command("SELECT answer_text FROM invitee_internal_answers WHERE registrant_pk = @r AND question_pk = @q")
                .With("@r", inviteeKey).With("@q", question.Key).ExecuteScalarAsync(ct) as string;
            await s.Command(old is null
                    ? "INSERT INTO invitee_internal_answers (registrant_pk, question_pk, answer_text, updated_at) VALUES (@r, @q, @x, @t)"
                    : "UPDATE invitee_internal_answers SET answer_text = @x, updated_at = @t WHERE registrant_pk = @r AND question_pk = @q")
                .With("@r", inviteeKey).With("@q", question.Key).With("@x", text).With("@t", Now).ExecuteNonQueryAsync(ct);
            await s.Command("UPDATE registrants SET updated_at = @t WHERE pk = @r").With("@t", Now).With("@r", inviteeKey).ExecuteNonQueryAsync(ct);
        }

        await CallKeyAsync(s, call, ct);
        var field = question is null ? "InternalNote" : $"InternalInfoDetail/{question.Code ?? question.Id.ToString()}";
        await RecordFieldChangesAsync(s, call, nameof(CvObjectType.Invitee), inviteeKey, [(field, old, text)], ct);
        return new ItemResult(id.ToString(), reference, null);
    }

    private async Task<IReadOnlyList<InternalQuestion>> LoadInternalQuestionsAsync(SqlSession s, long accountKey, long eventKey, CancellationToken ct)
    {
        var answers = new Dictionary<long, List<string>>();
        await using (var reader = await s.Command(
                         "SELECT a.question_pk, a.answer_text FROM event_question_answers a JOIN event_questions q ON q.pk = a.question_pk " +
                         "WHERE q.account_pk = @a AND q.event_pk = @e ORDER BY a.pk")
                     .With("@a", accountKey).With("@e", eventKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                (answers.TryGetValue(reader.GetInt64(0), out var list) ? list : answers[reader.GetInt64(0)] = []).Add(reader.GetString(1));
            }
        }

        var questions = new List<InternalQuestion>();
        await using (var reader = await s.Command(
                         "SELECT q.pk, q.id, q.question_code, q.question_type, q.survey_type FROM event_questions q WHERE q.account_pk = @a AND q.event_pk = @e ORDER BY q.pk")
                     .With("@a", accountKey).With("@e", eventKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var key = reader.GetInt64(0);
                questions.Add(new InternalQuestion(key, new CventId(reader.GetGuid(1)), reader.GetNullableString(2), reader.GetNullableString(3),
                    string.Equals(reader.GetNullableString(4)?.Trim(), InternalInfo.SurveyType, StringComparison.OrdinalIgnoreCase),
                    answers.GetValueOrDefault(key) ?? []));
            }
        }

        return questions;
    }
}
