using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The tables of the types imported through the catalogue (Speaker, Transaction, User, Survey …), in import order: a
/// table comes after the tables its references name. Migrations 0011 (PostgreSQL) and 0008 (SQLite) create part A's,
/// 0013 and 0009 part B's.
/// </summary>
internal static class SqlObjectTables
{
    private static readonly Dictionary<string, string?> None = [];

    // Declared before the tables: static fields are initialised in order, and the tables read it.
    private static readonly HashSet<string> RegistrantShown =
    [
        "ContactId", "SourceId", "FirstName", "LastName", "Company", "Title", "EmailAddress", "CCEmailAddress", "WorkPhone", "EventId", "EventCode",
        "EventTitle", "EventStartDate",
    ];

    private static readonly SqlReference Event = new("EventId", "event_pk", "events", "e", "Event");

    // #17 part B: the projections written by hand that answer the types (declared before the tables, which read them).
    private static readonly Dictionary<CvObjectType, SqlProjection> PartB = SqlStore.SurveyAndListProjections().ToDictionary(p => p.Descriptor.Type);

    private static readonly SqlReference Survey = new("SurveyId", "survey_pk", "surveys", "v", "Survey");

    private static readonly SqlReference Contact = new("ContactId", "contact_pk", "contacts", "c", "Contact", Required: false, Scope: "x.deleted_at IS NULL");

    /// <summary>
    /// A transaction's or travel record's <c>ContactId</c> and <c>EventId</c> are its invitee's: Search finds the
    /// contact or event by its (account, id) key, its invitees by their contact or event index, then the rows by their
    /// invitee (<paramref name="alias"/><c>.registrant_pk</c>), through a derived table of (invitee key, the contact's or
    /// event's account and ID)
    /// that both databases flatten into the lookup.
    /// </summary>
    private static Dictionary<string, (string KeyColumn, string Target)> RegistrantLookups(string alias) => new()
    {
        ["ContactId"] = ($"{alias}.registrant_pk", "(SELECT v.pk, t.account_pk, t.id FROM contacts t JOIN registrants v ON v.contact_pk = t.pk)"),
        ["EventId"] = ($"{alias}.registrant_pk", "(SELECT v.pk, t.account_pk, t.id FROM events t JOIN registrants v ON v.event_pk = t.pk)"),
    };

    // #17 part A
    public static readonly SqlObjectTable Speakers = new(SpeakerObject.Descriptor, "speakers", "sp", [Event], new Dictionary<string, string?>
    {
        ["EventTitle"] = "e.title",
        ["EventCode"] = "e.code",
    });

    public static readonly SqlObjectTable Transactions = new(TransactionObject.Descriptor, "transactions", "tr",
        [new("InviteeId", "registrant_pk", "registrants", "r", "Invitee", Scope: "x.kind = 0")],
        RegistrantFields(),
        " LEFT JOIN events e ON e.pk = r.event_pk LEFT JOIN contacts c ON c.pk = r.contact_pk",
        RegistrantLookups("tr"));

    public static readonly SqlObjectTable UserGroups = new(UserGroupObject.Descriptor, "user_groups", "ug", [], None);

    public static readonly SqlObjectTable UserRoles = new(UserRoleObject.Descriptor, "user_roles", "ur", [], None);

    public static readonly SqlObjectTable Users = new(UserObject.Descriptor, "planner_users", "u",
        [new("UserRoleId", "user_role_pk", "user_roles", "ur", "User role", Required: false)],
        new Dictionary<string, string?> { ["UserRole"] = "ur.user_role_name", ["Password"] = null })
    {
        Feeds = true, // user.created / user.updated, as CreateUser and UpdateUser write them
    };

    public static readonly SqlObjectTable EventQuestions = new(EventQuestionObject.Descriptor, "event_questions", "q",
        [Event, new("ProductId", "session_pk", "sessions", "s", "Session", Required: false)],
        new Dictionary<string, string?> { ["EventCode"] = "e.code", ["EventTitle"] = "e.title", ["ProductName"] = "s.name" });

    public static readonly SqlObjectTable EntityCustomFields = new(EntityCustomFieldObject.Descriptor, "entity_custom_fields", "cf", [], None);

    public static readonly SqlObjectTable Travel = new(TravelObject.Descriptor, "travel", "tv",
        [new("InviteeId", "registrant_pk", "registrants", "r", "Invitee", Scope: "x.kind = 0")],
        RegistrantFields(),
        " LEFT JOIN events e ON e.pk = r.event_pk LEFT JOIN contacts c ON c.pk = r.contact_pk",
        RegistrantLookups("tv"));

    public static readonly SqlObjectTable TableAssignments = new(TableAssignmentObject.Descriptor, "table_assignments", "ta",
        [Event, new("EntityId", "registrant_pk", "registrants", "r", "Invitee or guest")],
        new Dictionary<string, string?>
        {
            ["EventTitle"] = "e.title",
            ["EntityType"] = "CASE r.kind WHEN 0 THEN 'Invitee' ELSE 'Guest' END",
            ["FirstName"] = "COALESCE(c.first_name, r.first_name)",
            ["LastName"] = "COALESCE(c.last_name, r.last_name)",
            ["Company"] = "c.company",
        },
        " LEFT JOIN contacts c ON c.pk = r.contact_pk");

    // #17 part B
    public static readonly SqlObjectTable Surveys = new(SurveyObject.Descriptor, "surveys", "v", [], None) { Served = PartB[CvObjectType.Survey] };

    public static readonly SqlObjectTable SurveyQuestions = new(SurveyQuestionObject.Descriptor, "survey_questions", "q", [Survey], None)
    {
        Served = PartB[CvObjectType.SurveyQuestion],
        Columns = new Dictionary<string, string> { ["QuestionTypeCode"] = "type_code", ["QuestionExportValue"] = "export_value" },
    };

    public static readonly SqlObjectTable Respondents =
        new(RespondentObject.Descriptor, "respondents", "r", [Survey, Contact], None) { Served = PartB[CvObjectType.Respondent] };

    public static readonly SqlObjectTable Responses =
        new(ResponseObject.Descriptor, "responses", "o", [new("RespondentId", "respondent_pk", "respondents", "r", "Respondent")], None)
        {
            Served = PartB[CvObjectType.Response],
            WritesThrough = ("Status", "UPDATE respondents SET status = @v, updated_at = @t WHERE pk = @r0"),
        };

    public static readonly SqlObjectTable SurveyEmailHistory = new(SurveyEmailHistoryObject.Descriptor, "survey_email_history", "h",
        [Survey, new("RespondentId", "respondent_pk", "respondents", "r", "Respondent", Required: false), Contact], None)
    {
        Served = PartB[CvObjectType.SurveyEmailHistory],
    };

    public static readonly SqlObjectTable EventEmailHistory = new(EventEmailHistoryObject.Descriptor, "event_email_history", "h",
        [Event, new("InviteeId", "invitee_pk", "registrants", "r", "Invitee", Required: false, Scope: "x.kind = 0"), Contact], None)
    {
        Served = PartB[CvObjectType.EventEmailHistory],
    };

    public static readonly SqlObjectTable ContactGroups = new(ContactGroupObject.Descriptor, "contact_groups", "g", [], None)
    {
        Served = PartB[CvObjectType.ContactGroup],
        Feeds = true,
        Unique = ("Name", "contact group"),
    };

    public static readonly SqlObjectTable DistributionLists = new(DistributionListObject.Descriptor, "distribution_lists", "l", [], None)
    {
        Served = PartB[CvObjectType.DistributionList],
        Feeds = true,
        Unique = ("DistributionListName", "distribution list"),
    };

    public static readonly SqlObjectTable Appointments = new(AppointmentObject.Descriptor, "appointments", "a", [Event], None) { Served = PartB[CvObjectType.Appointment] };

    public static readonly SqlObjectTable AppointmentAttendees = new(AppointmentAttendeeObject.Descriptor, "appointment_attendees", "t",
        [new("AppointmentID", "appointment_pk", "appointments", "a", "Appointment")], None)
    {
        Served = PartB[CvObjectType.AppointmentAttendee],
    };

    /// <summary>A transaction's <c>DistributionDetail</c>s, written by CreateTransaction and the import.</summary>
    public static readonly SqlDetailTable Distributions =
        new(Transactions, TransactionObject.DistributionDetail, "transaction_distributions", "td", "transaction_pk", ["ProductId"], [], None);

    /// <summary>Travel's hotel requests and booked itineraries, the outer rows of <see cref="NestedDetails"/>.</summary>
    public static readonly SqlDetailTable HotelRequests = new(Travel, TravelObject.HotelRequest, "travel_hotel_requests", "th", "travel_pk", ["Id"], [], None);

    public static readonly SqlDetailTable CarRequests = new(Travel, TravelObject.CarRequest, "travel_car_requests", "tc", "travel_pk", ["RequestId"], [], None);

    public static readonly SqlDetailTable AirRequests = new(Travel, TravelObject.AirRequest, "travel_air_requests", "tq", "travel_pk", ["RequesterId"], [], None);

    public static readonly SqlDetailTable AirActuals =
        new(Travel, TravelObject.AirActual, "travel_air_actuals", "tx", "travel_pk", ["RequesterId", "ConfirmationNumber"], [], None);

    /// <summary>
    /// The events, as the parent of EventDetail's details (an EventDetail's ID is its event's). Not an imported type's
    /// table: the events come in as events, so it is in neither <see cref="All"/> nor the projections.
    /// </summary>
    public static readonly SqlObjectTable EventDetails = new(EventDetailObject.Descriptor, "events", "e", [], None);

    /// <summary>An event's fees, the outer rows of their GL codes (<see cref="NestedDetails"/>).</summary>
    public static readonly SqlDetailTable EventFees = new(EventDetails, EventDetailObject.Fees, "event_fees", "efe", "event_pk", ["FeeID"], [], None);

    /// <summary>Every imported type's table, in import order.</summary>
    public static readonly IReadOnlyList<SqlObjectTable> All =
    [
        // #17 part A
        Speakers, Transactions, UserGroups, UserRoles, Users, EventQuestions, EntityCustomFields, Travel, TableAssignments,

        // #17 part B
        Surveys, SurveyQuestions, Respondents, Responses, SurveyEmailHistory, EventEmailHistory, ContactGroups, DistributionLists, Appointments,
        AppointmentAttendees,
    ];

    /// <summary>Every imported detail's table, applied after all objects.</summary>
    public static readonly IReadOnlyList<SqlDetailTable> Details =
    [
        // #17 part A
        new(Speakers, SpeakerObject.AssignedSessions, "speaker_sessions", "ss", "speaker_pk", ["SessionId"],
            [new("SessionId", "session_pk", "sessions", "s", "Session")],
            new Dictionary<string, string?> { ["SessionName"] = "s.name", ["SessionStartDate"] = "s.start_at", ["SessionEndDate"] = "s.end_at" }),
        new(Users, UserObject.UserGroupDetail, "planner_user_groups", "ugm", "user_pk", ["UserGroupId"],
            [new("UserGroupId", "user_group_pk", "user_groups", "ug", "User group")],
            new Dictionary<string, string?> { ["UserGroupName"] = "ug.user_group_name" }),
        new(UserRoles, UserRoleObject.UserRights, "user_role_rights", "urr", "user_role_pk", ["UserRightName"], [], None),
        new(EventQuestions, EventQuestionObject.AnswerDetail, "event_question_answers", "qa", "question_pk", ["AnswerText"], [], None),
        new(EventQuestions, EventQuestionObject.RowDetail, "event_question_rows", "qr", "question_pk", ["RowText"], [], None),
        new(EntityCustomFields, EntityCustomFieldObject.FieldChoices, "entity_custom_field_choices", "fc", "field_pk", ["FieldChoiceText"], [], None),

        // #17: declared details that were not kept (migrations 0022 SQLite, 0026 PostgreSQL)
        Distributions,
        new(Users, UserObject.CustomFieldDetail, "planner_user_field_values", "uf", "user_pk", ["FieldId"],
            [new("FieldId", "field_pk", "entity_custom_fields", "f", "User custom field", Scope: "x.custom_field_category = 'UserCustomField'")],
            new Dictionary<string, string?> { ["FieldName"] = "f.field_name", ["FieldType"] = "f.field_type" }),
        new(Users, UserObject.VisibilityDefaults, "planner_user_visibility", "uv", "user_pk", ["UserGroupId", "VisibilityType"],
            [new("UserGroupId", "user_group_pk", "user_groups", "ug", "User group")],
            new Dictionary<string, string?> { ["UserGroupName"] = "ug.user_group_name" }),

        // #17: Travel's and EventDetail's details (migrations 0025/0026 SQLite, 0029/0030 PostgreSQL)
        HotelRequests,
        CarRequests,
        AirRequests,
        AirActuals,
        new(EventDetails, EventDetailObject.PlanningStatusHistory, "event_planning_history", "eph", "event_pk", ["ActionDate", "NewStatus"], [], None),
        new(EventDetails, EventDetailObject.ProcessFormDetail, "event_process_forms", "epf", "event_pk", ["ID"], [], None),
        new(EventDetails, EventDetailObject.EventRoleDetail, "event_roles", "ero", "event_pk", ["AssigneeID", "AssignedRole"], [], None),
        new(EventDetails, EventDetailObject.FAQDetail, "event_faqs", "efq", "event_pk", ["Question"], [], None),
        new(EventDetails, EventDetailObject.StaffDetail, "event_staff", "est", "event_pk", ["StaffEmailAddress"], [], None),
        EventFees,

        // #17 part B: links, numbered choices and a response's answers, whose rows the projections written by hand answer
        new(Surveys, SurveyObject.AssociatedEvents, "survey_events", "se", "survey_pk", ["EventId"], [Event], None),
        Choices(SurveyQuestionObject.AnswerDetail, "AnswerText", 0),
        Choices(SurveyQuestionObject.RowDetail, "RowText", 1),
        new(Responses, ResponseObject.SurveyDetail, "response_details", "rd", "response_pk", ["QuestionCode"], [Question],
            new Dictionary<string, string?> { ["QuestionText"] = null, ["QuestionExportValue"] = null, ["QuestionType"] = null, ["QuestionNumber"] = null })
        {
            Columns = new Dictionary<string, string> { ["QuestionScore"] = "score" },
        },
        new(Responses, ResponseObject.AnswerImport, "response_details", "rd", "response_pk", ["QuestionCode"], [Question], None)
        {
            Columns = new Dictionary<string, string> { ["AnswerPart"] = "part", ["AnswerOther"] = "other", ["AnswerExportValue"] = "export_value", ["AnswerComment"] = "comment" },
            Writes =
            [
                "INSERT INTO response_details (response_pk, question_pk) VALUES (@p, @r0) ON CONFLICT (response_pk, question_pk) DO NOTHING",
                "INSERT INTO response_answers (detail_pk, position, part, answer_column, answer_text, other, export_value, comment) " +
                "SELECT d.pk, (SELECT COALESCE(MAX(a.position) + 1, 0) FROM response_answers a WHERE a.detail_pk = d.pk), @f0, @f1, @f2, @f3, @f4, @f5 " +
                "FROM response_details d WHERE d.response_pk = @p AND d.question_pk = @r0 AND NOT EXISTS (SELECT 1 FROM response_answers a WHERE a.detail_pk = d.pk" +
                string.Concat(new[] { "part", "answer_column", "answer_text", "other", "export_value", "comment" }.Select((c, i) => $" AND COALESCE(a.{c}, '') = COALESCE(@f{i}, '')")) + ")",
            ],
        },
        Members(ContactGroups, ContactGroupObject.Members, "contact_group_members", "group_pk"),
        Members(DistributionLists, DistributionListObject.Members, "distribution_list_members", "list_pk"),
    ];

    /// <summary>
    /// The rows nested in detail rows (#17 nested details, migrations 0030 SQLite, 0034 PostgreSQL), applied after all
    /// details, each table keyed by its outer row's <c>pk</c>.
    /// </summary>
    public static readonly IReadOnlyList<SqlNestedTable> NestedDetails =
    [
        new(HotelRequests, new(Travel, TravelObject.HotelRoomRate, "travel_hotel_room_rates", "thr", "hotel_request_pk", ["RoomNight"], [], None),
            TravelObject.HotelRoomRateImport),
        new(AirActuals, new(Travel, TravelObject.FlightDetail, "travel_flight_details", "txf", "air_actual_pk", ["FlightNumber", "Departing"], [], None),
            TravelObject.FlightDetailImport),
        new(EventFees, new(EventDetails, EventDetailObject.GLCodes, "event_fee_gl_codes", "efg", "fee_pk", ["GLID"], [], None), EventDetailObject.GLCodesImport),

        // #17: travel questions with their answers, a distribution's GL codes (migrations 0035 SQLite, 0038 PostgreSQL)
        .. SurveyAndAnswers(HotelRequests, TravelObject.TravelSurveyDetail, "travel_hotel_survey_details", "ths", "hotel_request_pk",
            TravelObject.HotelSurveyDetailImport, "travel_hotel_survey_answers", "tha", TravelObject.HotelSurveyAnswerImport),
        .. SurveyAndAnswers(CarRequests, TravelObject.CarSurveyDetail, "travel_car_survey_details", "tcs", "car_request_pk",
            TravelObject.CarSurveyDetailImport, "travel_car_survey_answers", "tca", TravelObject.CarSurveyAnswerImport),
        .. SurveyAndAnswers(AirRequests, TravelObject.AirSurveyDetail, "travel_air_survey_details", "tqs", "air_request_pk",
            TravelObject.AirSurveyDetailImport, "travel_air_survey_answers", "tqa", TravelObject.AirSurveyAnswerImport),
        new(Distributions, new(Transactions, TransactionObject.GLCodes, "transaction_distribution_gl_codes", "tdg", "distribution_pk", ["GLID"], [], None),
            TransactionObject.GLCodesImport),
    ];

    /// <summary>A response's question: named by its code, one of the response's survey's.</summary>
    private static SqlReference Question => new("QuestionCode", "question_pk", "survey_questions", "q", "Question",
        Scope: "x.survey_pk = (SELECT r.survey_pk FROM responses o JOIN respondents r ON r.pk = o.respondent_pk WHERE o.pk = @p)")
    {
        By = "code",
        Unknown = "Question {0} is not a question of the response's survey.",
    };

    /// <summary>A question's answer choices (kind 0) or rows (kind 1), numbered in the order they come; importing one again changes nothing.</summary>
    private static SqlDetailTable Choices(CvDetailDescriptor detail, string field, int kind) =>
        new(SurveyQuestions, detail, "survey_question_choices", "sc", "question_pk", [field], [], None)
        {
            Columns = new Dictionary<string, string> { [field] = "choice_text" },
            Writes =
            [
                FormattableString.Invariant($"INSERT INTO survey_question_choices (question_pk, kind, position, choice_text) ") +
                FormattableString.Invariant($"SELECT @p, {kind}, m.next, @f0 FROM (SELECT COALESCE(MAX(position) + 1, 0) AS next FROM survey_question_choices WHERE question_pk = @p AND kind = {kind}) m ") +
                FormattableString.Invariant($"WHERE NOT EXISTS (SELECT 1 FROM survey_question_choices WHERE question_pk = @p AND kind = {kind} AND choice_text = @f0)"),
            ],
        };

    /// <summary>A contact group's or distribution list's members: live contacts; one the list did not have is in the change feed, as the Manage…Members calls write.</summary>
    private static SqlDetailTable Members(SqlObjectTable list, CvDetailDescriptor members, string table, string column) =>
        new(list, members, table, "m", column, ["ContactId"], [Contact with { Required = true }], None) { Feeds = "MemberAdded" };

    /// <summary>
    /// A request's travel questions (<c>TravelSurveyDetail</c>, one per <c>QuestionId</c>) and, nested in them, their
    /// answers (one per <c>AnswerText</c>, in a table whose <c>survey_detail_pk</c> is the question's).
    /// </summary>
    private static SqlNestedTable[] SurveyAndAnswers(SqlDetailTable request, CvDetailDescriptor survey, string table, string alias, string parentColumn,
        CvDetailDescriptor surveyImport, string answers, string answerAlias, CvDetailDescriptor answerImport)
    {
        var questions = new SqlNestedTable(request, new(Travel, survey, table, alias, parentColumn, ["QuestionId"], [], None), surveyImport);
        return [questions, new(questions.Rows, new(Travel, survey.Nested[0], answers, answerAlias, "survey_detail_pk", ["AnswerText"], [], None), answerImport, questions)];
    }

    /// <summary>
    /// The fields of a type that shows an invitee (alias r), its contact (c) and its event (e): those of an Invitee's
    /// projection, so both answer alike.
    /// </summary>
    private static Dictionary<string, string?> RegistrantFields() =>
        SqlStore.RegistrantColumns().Where(c => RegistrantShown.Contains(c.Key)).ToDictionary(c => c.Key, c => (string?)c.Value);
}
