using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The projections of #17 part B: surveys and what hangs off them, e-mail history, contact groups, distribution lists
/// and appointments. Decisions where Cvent's contract is silent: a respondent and a response show their contact's
/// current name, company and e-mail (the contact of a deleted contact still shows, as an invitee's does); a response's
/// <c>Status</c> is its respondent's; <c>SurveyDetail</c> rows come in the order the questions were imported.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>A respondent's survey and contact, joined to <c>respondents r</c>.</summary>
    private const string RespondentJoins = " JOIN surveys v ON v.pk = r.survey_pk LEFT JOIN contacts c ON c.pk = r.contact_pk";

    /// <summary>The projections of the types, which their declarations in <see cref="SqlObjectTables"/> are served by.</summary>
    internal static IEnumerable<SqlProjection> SurveyAndListProjections() =>
    [
        new(SurveyObject.Descriptor, "surveys v", "v.account_pk", "v.pk", "v.id", new Dictionary<string, string>
        {
            ["SurveyCode"] = "v.code",
            ["SurveyTitle"] = "v.title",
            ["SurveyCloseDate"] = "v.close_at",
            ["Description"] = "v.description",
            ["SurveyStatus"] = "v.status",
            ["InternalNote"] = "v.internal_note",
            ["PlannerFirstName"] = "v.planner_first_name",
            ["PlannerLastName"] = "v.planner_last_name",
            ["SurveyLaunchDate"] = "v.launch_at",
        }, DetailFilters: new Dictionary<string, SqlDetailFilter>
        {
            [SurveyObject.AssociatedEventId] = new("survey_events se JOIN events se_e ON se_e.pk = se.event_pk", "se.survey_pk", "se_e.id", ("se.event_pk", "events")),
        }),
        new(SurveyQuestionObject.Descriptor, "survey_questions q JOIN surveys v ON v.pk = q.survey_pk", "q.account_pk", "q.pk", "q.id", new Dictionary<string, string>
        {
            ["QuestionText"] = "q.question_text",
            ["QuestionHTMLText"] = "q.html_text",
            ["QuestionCode"] = "q.code",
            ["QuestionType"] = "q.type",
            ["SurveyId"] = "v.id",
            ["SurveyCode"] = "v.code",
            ["SurveyTitle"] = "v.title",
            ["QuestionNumber"] = "q.number",
            ["MinimumSelections"] = "q.minimum_selections",
            ["MaximumSelections"] = "q.maximum_selections",
            ["MinimumCharacters"] = "q.minimum_characters",
            ["MaximumCharacters"] = "q.maximum_characters",
            ["LeftSideHeader"] = "q.left_side_header",
            ["RightSideHeader"] = "q.right_side_header",
            ["AnswerFormat"] = "q.answer_format",
            ["AllowOther"] = "q.allow_other",
            ["IsRequired"] = "q.is_required",
            ["AllowNA"] = "q.allow_na",
            ["LastModifiedDate"] = "q.updated_at",
            ["LastModifiedBy"] = "q.updated_by",
        }),
        new(RespondentObject.Descriptor, "respondents r" + RespondentJoins + " LEFT JOIN responses o ON o.respondent_pk = r.pk", "r.account_pk", "r.pk", "r.id",
            new Dictionary<string, string>(RespondentColumns())
            {
                ["TargetedListId"] = "r.targeted_list_id",
                ["TargetedListName"] = "r.targeted_list_name",
                ["ResponseID"] = "o.id",
                ["ResponseScore"] = "r.score",
            }, Modified: "r.updated_at"),
        new(ResponseObject.Descriptor, "responses o JOIN respondents r ON r.pk = o.respondent_pk" + RespondentJoins, "o.account_pk", "o.pk", "o.id",
            new Dictionary<string, string>(RespondentColumns())
            {
                ["ResponseID"] = "o.id",
                ["InvitedBy"] = "o.invited_by",
                ["CompletionDate"] = "o.completed_at",
                ["LastModifiedDate"] = "o.updated_at",
                ["ModifiedBy"] = "o.modified_by",
                ["ResponseMethod"] = "o.response_method",
                ["ResponseNumber"] = "o.response_number",
            }),
        new(SurveyEmailHistoryObject.Descriptor,
            "survey_email_history h JOIN surveys v ON v.pk = h.survey_pk LEFT JOIN respondents r ON r.pk = h.respondent_pk LEFT JOIN contacts c ON c.pk = h.contact_pk",
            "h.account_pk", "h.pk", "h.id", new Dictionary<string, string>(EmailHistoryColumns()) { ["SurveyId"] = "v.id", ["RespondentId"] = "r.id" }),
        new(EventEmailHistoryObject.Descriptor,
            "event_email_history h JOIN events e ON e.pk = h.event_pk LEFT JOIN registrants r ON r.pk = h.invitee_pk LEFT JOIN contacts c ON c.pk = h.contact_pk",
            "h.account_pk", "h.pk", "h.id", new Dictionary<string, string>(EmailHistoryColumns()) { ["EventId"] = "e.id", ["InviteeId"] = "r.id" }),
        new(ContactGroupObject.Descriptor, "contact_groups g", "g.account_pk", "g.pk", "g.id", new Dictionary<string, string>
        {
            ["Name"] = "g.name",
            ["ShortDescription"] = "g.short_description",
            ["GroupType"] = "g.group_type",
        }, Modified: "g.updated_at"),
        new(DistributionListObject.Descriptor, "distribution_lists l", "l.account_pk", "l.pk", "l.id", new Dictionary<string, string>
        {
            ["DistributionListName"] = "l.name",
            ["Active"] = "l.active",
            ["Description"] = "l.description",
            ["InternalNote"] = "l.internal_note",
            ["SecurityType"] = "l.security_type",
        }, Modified: "l.updated_at"),
        new(AppointmentObject.Descriptor, "appointments a JOIN events e ON e.pk = a.event_pk", "a.account_pk", "a.pk", "a.id", new Dictionary<string, string>
        {
            ["EventId"] = "e.id",
            ["AppointmentTitle"] = "a.title",
            ["AppointmentDescription"] = "a.description",
            ["AppointmentStatus"] = "a.status",
            ["AppointmentType"] = "a.type",
            ["AppointmentLocation"] = "a.location",
            ["StartDate"] = "a.start_at",
            ["EndDate"] = "a.end_at",
            ["CreatedDate"] = "a.created_at",
            ["CreatedBy"] = "a.created_by",
            ["LastModifiedDate"] = "a.updated_at",
            ["LastModifiedBy"] = "a.updated_by",
        }),
        new(AppointmentAttendeeObject.Descriptor, "appointment_attendees t JOIN appointments a ON a.pk = t.appointment_pk", "t.account_pk", "t.pk", "t.id",
            new Dictionary<string, string>
            {
                ["EntityType"] = "t.entity_type",
                ["AppointmentID"] = "a.id",
                ["IsOrganizer"] = "t.is_organizer",
                ["AppointmentAttendeeStatus"] = "t.status",
                ["AppointmentAttendeeNote"] = "t.note",
                ["CreatedDate"] = "t.created_at",
                ["CreatedBy"] = "t.created_by",
                ["LastModifiedDate"] = "t.updated_at",
                ["LastModifiedBy"] = "t.updated_by",
            }),
    ];

    private static IEnumerable<SqlDetailProjection> SurveyDetailProjections() =>
    [
        new(SurveyObject.AssociatedEvents,
            "SELECT x.survey_pk AS \"Parent\", e.id AS \"EventId\", e.start_at AS \"Start\" FROM survey_events x JOIN events e ON e.pk = x.event_pk " +
            "WHERE x.survey_pk IN ({parents})",
            _ => "COALESCE(d.\"Start\", 0), d.\"EventId\""),
        Choices(SurveyQuestionObject.AnswerDetail, "AnswerText", 0),
        Choices(SurveyQuestionObject.RowDetail, "RowText", 1),
        new(ResponseObject.SurveyDetail,
            "SELECT x.response_pk AS \"Parent\", x.pk AS \"Key\", q.question_text AS \"QuestionText\", q.export_value AS \"QuestionExportValue\", " +
            "COALESCE(q.type_code, 0) AS \"QuestionType\", COALESCE(x.score, 0) AS \"QuestionScore\", q.code AS \"QuestionCode\", " +
            "q.number AS \"QuestionNumber\", q.pk AS \"Question\" FROM response_details x JOIN survey_questions q ON q.pk = x.question_pk " +
            "WHERE x.response_pk IN ({parents})",
            _ => "d.\"Question\""),
        new(ResponseObject.Answer,
            "SELECT a.detail_pk AS \"Parent\", a.part AS \"AnswerPart\", a.answer_column AS \"AnswerColumn\", a.answer_text AS \"AnswerText\", " +
            "a.other AS \"AnswerOther\", a.export_value AS \"AnswerExportValue\", a.comment AS \"AnswerComment\", a.position AS \"Position\" " +
            "FROM response_answers a WHERE a.detail_pk IN ({parents})",
            _ => "d.\"Position\""),
    ];

    private static SqlDetailProjection Choices(CvDetailDescriptor detail, string field, int kind) => new(detail,
        $"SELECT x.question_pk AS \"Parent\", x.choice_text AS \"{field}\", x.position AS \"Position\" FROM survey_question_choices x " +
        $"WHERE x.kind = {kind} AND x.question_pk IN ({{parents}})",
        _ => "d.\"Position\"");

    /// <summary>What a Respondent and a Response show alike: the contact, the survey and the respondent's state.</summary>
    private static Dictionary<string, string> RespondentColumns() => new()
    {
        ["ContactId"] = "c.id",
        ["SourceId"] = "c.source_id",
        ["FirstName"] = "c.first_name",
        ["LastName"] = "c.last_name",
        ["Company"] = "c.company",
        ["Title"] = "c.title",
        ["EmailAddress"] = "c.email_address",
        ["WorkPhone"] = "c.work_phone",
        ["SurveyId"] = "v.id",
        ["SurveyCode"] = "v.code",
        ["SurveyTitle"] = "v.title",
        ["SurveyLaunchDate"] = "v.launch_at",
        ["Status"] = "r.status",
        ["InternalNote"] = "r.internal_note",
        ["ReferenceId"] = "r.reference_id",
    };

    /// <summary>The columns the two e-mail histories share (alias <c>h</c>, the contact <c>c</c>).</summary>
    private static Dictionary<string, string> EmailHistoryColumns() => new()
    {
        ["ContactId"] = "c.id",
        ["TargetList"] = "h.target_list",
        ["EmailSentDate"] = "h.sent_at",
        ["EmailStatus"] = "h.status",
        ["EmailType"] = "h.type",
        ["FromEmailAddress"] = "h.from_address",
        ["ToEmailAddress"] = "h.to_address",
        ["EmailViewed"] = "h.viewed",
        ["EmailBounced"] = "h.bounced",
        ["LastModifiedDate"] = "h.updated_at",
    };
}
