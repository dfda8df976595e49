using Breakout.Domain;
using Breakout.Domain.Events;
using F = Breakout.Domain.Events.EventParameterFields;

namespace Breakout.Storage.Sql;

/// <summary>
/// CopyEvent (#18). A copy is the event's setup, never its people: the event row (capacity, waitlist, clash policy and
/// every parameter, the item's overriding), its sessions (capacity, waitlist settings, group, included flag; nobody
/// registered or waiting), its questions with their answers and rows (pointing at the copied sessions) and its custom
/// field values, and its FAQs, staff, event roles and fees (SqlStore.EventCopyDetails). Invitees, guests, registrations, transactions, answers, check-ins, speakers, appointments, e-mail
/// history and survey links stay with the original. Everything gets a new ID; the copy is Pending; when the item moves
/// the start, its other dates (unless given) and every session time move by as much. The code is claimed last, so a copy that
/// loses a race for its code is undone whole with its transaction.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>The events columns a copy takes from its original (the parameters an item may override among them).</summary>
    private static string[] CopiedEventColumns => [.. F.All.Select(EventColumn), "enable_waitlist", "clash_policy", "no_registration"];

    private const string CopiedSessionColumns =
        "name, code, status, capacity, enable_waitlist, waitlist_capacity, group_name, included, description, location_name, location_code";

    private const string CopiedQuestionColumns = "question_text, question_code, survey_type, question_type, internal_note, allow_other, other_label";

    public Task<IReadOnlyList<ItemResult>> CopyEventAsync(EventParametersCommand command, CancellationToken cancellationToken = default) =>
        WriteEventsAsync(command, "CopyEvent", async (s, call, item, ct) =>
        {
            var reference = NullIfEmpty(item.MessageId);
            if (string.IsNullOrWhiteSpace(command.SourceEventId))
            {
                return new ItemResult(null, reference, CventErrors.NoIdProvided);
            }

            if (!CventId.TryParse(command.SourceEventId, out var sourceId))
            {
                return new ItemResult(null, reference, CventErrors.MalformedId);
            }

            if (await LoadEventDatesAsync(s, call.AccountKey, sourceId, ct) is not { } source)
            {
                return new ItemResult(null, reference, CventErrors.InvalidEventId);
            }

            // A new start without a new end keeps the event's length: the end it is checked against moves too.
            var newStart = item.Value(F.StartDate) is { } text ? EventParameterRules.ParseDate(text.Trim()) : null;
            var shift = newStart is { } start && source.Dates.Start is { } oldStart ? start - oldStart : TimeSpan.Zero;
            var dates = source.Dates with { End = source.Dates.End + shift, RsvpBy = source.Dates.RsvpBy + shift };
            var (changes, error) = EventParameterRules.Read(item, dates);
            var id = CventId.New();
            var code = item.Code ?? EventCodes.FromId(id);
            error ??= await CodeTakenAsync(s, call.AccountKey, code, ct);
            if (error is not null)
            {
                return new ItemResult(null, reference, error);
            }

            var copyKey = await CopyEventRowAsync(s, call.AccountKey, source.Key, id, code, shift, changes!, ct);
            var sessions = await CopySessionsAsync(s, call.AccountKey, source.Key, copyKey, shift, ct);
            await CopyQuestionsAsync(s, call.AccountKey, source.Key, copyKey, sessions, ct);
            await s.Command(
                    "INSERT INTO event_custom_field_values (event_pk, field_key, field_id, field_name, field_type, field_value) " +
                    "SELECT @c, field_key, field_id, field_name, field_type, field_value FROM event_custom_field_values WHERE event_pk = @e ORDER BY pk")
                .With("@c", copyKey).With("@e", source.Key).ExecuteNonQueryAsync(ct);
            await SetEventParametersAsync(s, copyKey, changes!, ct);
            await CopyEventDetailsAsync(s, (source.Key, sourceId), (copyKey, id), sessions, ct);
            await RecordEventAsync(s, call, copyKey, EventAction.Copied, source.Key, reference, null, ct);
            await RecordCopiedSessionsAsync(s, call, copyKey, reference, ct);
            await ClaimCodeAsync(s, copyKey, code, ct);
            return new ItemResult(id.ToString(), reference, null);
        }, cancellationToken);

    private async Task<long> CopyEventRowAsync(SqlSession s, long accountKey, long sourceKey, CventId id, string code, TimeSpan shift, EventChanges changes, CancellationToken ct)
    {
        // The dates move with the shift; the item's own values are written over them afterwards.
        var dates = F.All.Where(f => f.Kind == EventParameterKind.Date).Select(EventColumn).ToHashSet(StringComparer.Ordinal);
        var moved = CopiedEventColumns.Select(c => dates.Contains(c) ? $"{c} + @shift" : c);
        return (await s.Command(
                $"INSERT INTO events (account_pk, id, code, status, accepted_count, updated_at, {string.Join(", ", CopiedEventColumns)}) " +
                $"SELECT @a, @id, @code, @status, 0, @t, {string.Join(", ", moved)} FROM events WHERE pk = @e RETURNING pk")
            .With("@a", accountKey).With("@id", Dialect.IdValue(id)).With("@code", code).With("@status", (int)EventStatus.Pending).With("@t", Now)
            .With("@shift", (long)shift.TotalMilliseconds).With("@e", sourceKey).ScalarInt64Async(ct))!.Value;
    }

    /// <summary>Copies the sessions in their stored order; answers the new session of each original one.</summary>
    private async Task<Dictionary<long, long>> CopySessionsAsync(SqlSession s, long accountKey, long sourceKey, long copyKey, TimeSpan shift, CancellationToken ct)
    {
        var originals = new List<long>();
        await using (var reader = await s.Command("SELECT pk FROM sessions WHERE event_pk = @e ORDER BY pk").With("@e", sourceKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                originals.Add(reader.GetInt64(0));
            }
        }

        var copies = new Dictionary<long, long>();
        foreach (var original in originals)
        {
            copies[original] = (await s.Command(
                    $"INSERT INTO sessions (account_pk, id, event_pk, {CopiedSessionColumns}, start_at, end_at, auto_close_at, registered_count, waitlisted_count, " +
                    $"capacity_set_at, updated_at) SELECT @a, @id, @c, {CopiedSessionColumns}, start_at + @shift, end_at + @shift, auto_close_at + @shift, 0, 0, @t, @t " +
                    "FROM sessions WHERE pk = @s RETURNING pk")
                .With("@a", accountKey).With("@id", Dialect.IdValue(CventId.New())).With("@c", copyKey).With("@shift", (long)shift.TotalMilliseconds)
                .With("@t", Now).With("@s", original).ScalarInt64Async(ct))!.Value;
        }

        return copies;
    }

    /// <summary>
    /// A <c>session.created</c> change for each session of the copy, in their order, after the copy's <c>event.copied</c>:
    /// a consumer that mirrors sessions learns of them as of sessions made by CreateSession.
    /// </summary>
    private async Task RecordCopiedSessionsAsync(SqlSession s, CallContext call, long copyKey, string? messageId, CancellationToken ct)
    {
        var ids = new List<CventId>();
        await using (var reader = await s.Command("SELECT id FROM sessions WHERE event_pk = @e ORDER BY pk").With("@e", copyKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(new CventId(reader.GetGuid(0)));
            }
        }

        foreach (var id in ids)
        {
            await RecordChangeAsync(s, call, Domain.Objects.CvObjectType.Session, id, "Created", null, messageId, ct);
        }
    }

    /// <summary>Copies the event's questions (a session question points at the session's copy) with their answers and rows.</summary>
    private async Task CopyQuestionsAsync(SqlSession s, long accountKey, long sourceKey, long copyKey, Dictionary<long, long> sessions, CancellationToken ct)
    {
        var originals = new List<(long Key, long? Session)>();
        await using (var reader = await s.Command("SELECT pk, session_pk FROM event_questions WHERE event_pk = @e ORDER BY pk").With("@e", sourceKey).ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                originals.Add((reader.GetInt64(0), reader.GetNullableInt64(1)));
            }
        }

        foreach (var (original, session) in originals)
        {
            var copy = (await s.Command(
                    $"INSERT INTO event_questions (account_pk, id, updated_at, event_pk, session_pk, {CopiedQuestionColumns}) " +
                    $"SELECT @a, @id, @t, @c, @s, {CopiedQuestionColumns} FROM event_questions WHERE pk = @q RETURNING pk")
                .With("@a", accountKey).With("@id", Dialect.IdValue(CventId.New())).With("@t", Now).With("@c", copyKey)
                .With("@s", session is { } key ? sessions.GetValueOrDefault(key) : null).With("@q", original).ScalarInt64Async(ct))!.Value;
            await s.Command("INSERT INTO event_question_answers (question_pk, answer_text) SELECT @c, answer_text FROM event_question_answers WHERE question_pk = @q ORDER BY pk")
                .With("@c", copy).With("@q", original).ExecuteNonQueryAsync(ct);
            await s.Command("INSERT INTO event_question_rows (question_pk, row_text) SELECT @c, row_text FROM event_question_rows WHERE question_pk = @q ORDER BY pk")
                .With("@c", copy).With("@q", original).ExecuteNonQueryAsync(ct);
        }
    }
}
