namespace Breakout.Security.Tests;

/// <summary>
/// The tenant isolation matrix: every implemented operation but Login, each ID it takes, in the actions that
/// read or change A's data. B's own IDs fill the other places, so the only thing unknown to B is A's ID.
/// </summary>
internal static class IsolationCases
{
    private const string Tns = "http://api.cvent.com/2006-11";
    private const string S1 = "http://schemas.cvent.com/api/2006-11";

    /// <summary>The types of #17 part B, each with objects in tenant A's demo.</summary>
    public static readonly string[] PartBTypes =
        ["Survey", "SurveyQuestion", "Respondent", "Response", "SurveyEmailHistory", "EventEmailHistory", "ContactGroup", "DistributionList", "Appointment", "AppointmentAttendee"];

    public static readonly IReadOnlyList<IsolationCase> All =
    [
        .. SessionRegAction("Register"),
        .. SessionRegAction("Unregister"),
        new("SessionRegAction Register, A's confirmation number", "SessionRegAction", f => f.InviteeA.ConfirmationNumber,
            (f, number) => SessionReg("Register", f.SessionB, $"ConfirmationNumber=\"{number}\""), IsConfirmationNumber: true),
        new("SessionRegAction Unregister, A's confirmation number", "SessionRegAction", f => f.InviteeA.ConfirmationNumber,
            (f, number) => SessionReg("Unregister", f.SessionB, $"ConfirmationNumber=\"{number}\""), IsConfirmationNumber: true),
        new("SessionRegAction with A's Idempotency-Key", "SessionRegAction", f => f.IdempotencyKeyA,
            (f, _) => SessionReg("Register", f.SessionB, $"Id=\"{UnknownInvitee}\""), IsIdempotencyKey: true), // #21: keys are per account
        .. SimpleEventRegistration("Register"),
        .. SimpleEventRegistration("Cancel"),
        .. SimpleEventRegistration("Decline"),
        .. SimpleEventRegistration("Waitlist"),
        new("ValidateInvitee Session, A's session", "ValidateInvitee", f => f.Server.Session("NET").Id,
            (f, id) => Validate("Session", id, f.InviteeB)),
        new("ValidateInvitee Session, A's invitee", "ValidateInvitee", f => f.InviteeA.Id,
            (f, id) => Validate("Session", f.SessionB, id)),
        new("ValidateInvitee Event, A's event", "ValidateInvitee", f => f.Server.Conference.Id,
            (f, id) => Validate("Event", id, f.InviteeB)),
        new("ValidateInvitee Event, A's invitee", "ValidateInvitee", f => f.InviteeA.Id,
            (f, id) => Validate("Event", f.EventB, id)),
        new("CheckIn Event, A's invitee", "CheckIn", f => f.InviteeA.Id, (_, id) => CheckIn(id, "Event", null, undo: false)),
        new("CheckIn Event undo, A's invitee", "CheckIn", f => f.InviteeA.Id, (_, id) => CheckIn(id, "Event", null, undo: true)),
        new("CheckIn Session, A's session", "CheckIn", f => f.Server.Session("NET").Id, (f, id) => CheckIn(f.InviteeB, "Session", id, undo: false)),
        new("CheckIn Session, A's invitee", "CheckIn", f => f.InviteeA.Id, (f, id) => CheckIn(id, "Session", f.SessionB, undo: false)),
        new("CheckIn Session undo, A's session", "CheckIn", f => f.Server.Session("NET").Id, (f, id) => CheckIn(f.InviteeB, "Session", id, undo: true)),
        new("TransferInvitee, A's event", "TransferInvitee", f => f.Server.Conference.Id, (f, id) => Transfer(id, f.ContactB)),
        new("TransferInvitee, A's contact", "TransferInvitee", f => f.ContactA, (f, id) => Transfer(f.EventB, id)),
        new("CreateSession, A's event", "CreateSession", f => f.Server.Conference.Id,
            (_, id) => $"<CreateSession xmlns=\"{Tns}\"><EventId>{id}</EventId><sessions><Session xmlns=\"{S1}\" MessageId=\"c1\" ProductName=\"Intruder\" " +
                "ProductCode=\"INT\" Capacity=\"5\"/></sessions></CreateSession>"),
        new("UpdateSession, A's session", "UpdateSession", f => f.Server.Session("WKS").Id,
            (_, id) => $"<UpdateSession xmlns=\"{Tns}\"><sessions><Session xmlns=\"{S1}\" Id=\"{id}\" MessageId=\"u1\" Capacity=\"500\" " +
                "ProductName=\"Renamed\"/></sessions></UpdateSession>"),
        new("UpdateSession with EventId, A's session", "UpdateSession", f => f.Server.Session("NET").Id,
            (f, id) => $"<UpdateSession xmlns=\"{Tns}\"><EventId>{f.EventB}</EventId><sessions><Session xmlns=\"{S1}\" Id=\"{id}\" MessageId=\"u2\" " +
                "Capacity=\"0\"/></sessions></UpdateSession>"),
        new("CreateContact, A's contact as ParentContactId", "CreateContact", f => f.ContactA,
            (_, id) => Contacts("CreateContact", $"LastName=\"Intruder\" ParentContactId=\"{id}\"")),
        new("CreateContact, A's contact as Id", "CreateContact", f => f.ContactA, (_, id) => Contacts("CreateContact", $"Id=\"{id}\" LastName=\"Intruder\"")),
        new("UpdateContact, A's contact", "UpdateContact", f => f.ContactA, (_, id) => Contacts("UpdateContact", $"Id=\"{id}\" LastName=\"Renamed\"")),
        new("UpdateContact, A's contact as ParentContactId", "UpdateContact", f => f.ContactA,
            (f, id) => Contacts("UpdateContact", $"Id=\"{f.ContactB}\" ParentContactId=\"{id}\"")),
        new("UpsertContact, A's contact", "UpsertContact", f => f.ContactA,
            (_, id) => Contacts("UpsertContact", $"Id=\"{id}\" FirstName=\"In\" LastName=\"Truder\" EmailAddress=\"al@example.com\"")),
        new("DeleteContact, A's contact", "DeleteContact", f => f.ContactA,
            (_, id) => $"<DeleteContact xmlns=\"{Tns}\"><CvObjects><CvObject Id=\"{id}\" MessageId=\"d1\"/></CvObjects></DeleteContact>"),
        new("Retrieve Invitee, A's invitee", "Retrieve", f => f.InviteeA.Id, (_, id) => Retrieve("Invitee", id)),
        new("Retrieve Registration, A's invitee", "Retrieve", f => f.InviteeA.Id, (_, id) => Retrieve("Registration", id)),
        new("Retrieve Event, A's event", "Retrieve", f => f.Server.Conference.Id, (_, id) => Retrieve("Event", id)),
        new("Retrieve Session, A's session", "Retrieve", f => f.Server.Session("WKS").Id, (_, id) => Retrieve("Session", id)),
        new("Retrieve Guest, A's guest", "Retrieve", f => f.Server.Conference.Guests[0].Id, (_, id) => Retrieve("Guest", id)),
        new("Retrieve Contact, A's contact", "Retrieve", f => f.ContactA, (_, id) => Retrieve("Contact", id)),
        new("Search Session by EventId, A's event", "Search", f => f.Server.Conference.Id, (_, id) => Search("Session", "EventId", id)),
        new("Search Registration by InviteeId, A's invitee", "Search", f => f.InviteeA.Id, (_, id) => Search("Registration", "InviteeId", id)),
        new("Search Guest by RegistrationID, A's invitee", "Search", f => f.Server.Conference.Guests[0].InviteeId, (_, id) => Search("Guest", "RegistrationID", id)),

        // #17 part A: every type served by declaration, by its own ID and by the IDs it is searched by.
        .. new[] { "Speaker", "Transaction", "User", "UserGroup", "UserRole", "EventQuestion", "EntityCustomField", "Travel", "TableAssignment" }
            .Select(type => new IsolationCase($"Retrieve {type}, A's {type}", "Retrieve", f => f.Server.Manifest.Objects.First(o => o.Type == type).Id,
                (_, id) => Retrieve(type, id))),
        new("Retrieve EventDetail, A's event", "Retrieve", f => f.Server.Conference.Id, (_, id) => Retrieve("EventDetail", id)),
        new("Search Speaker by EventId, A's event", "Search", f => f.Server.Conference.Id, (_, id) => Search("Speaker", "EventId", id)),
        new("Search Transaction by InviteeId, A's invitee", "Search", f => f.Server.AcceptedInvitees.First().Id, (_, id) => Search("Transaction", "InviteeId", id)),
        new("Search Transaction by EventId, A's event", "Search", f => f.Server.Conference.Id, (_, id) => Search("Transaction", "EventId", id)),
        new("Search EventQuestion by EventId, A's event", "Search", f => f.Server.Conference.Id, (_, id) => Search("EventQuestion", "EventId", id)),
        new("Search Travel by EventId, A's event", "Search", f => f.Server.Conference.Id, (_, id) => Search("Travel", "EventId", id)),
        new("Search TableAssignment by EntityId, A's invitee", "Search", f => f.Server.AcceptedInvitees.First().Id, (_, id) => Search("TableAssignment", "EntityId", id)),

        // #17 part B
        .. PartBTypes.Select(type => new IsolationCase($"Retrieve {type}, A's {type}", "Retrieve", f => ObjectOfA(f, type), (_, id) => Retrieve(type, id))),
        new("Search Response by SurveyId, A's survey", "Search", f => ObjectOfA(f, "Survey"), (_, id) => Search("Response", "SurveyId", id)),
        new("Search Respondent by SurveyId, A's survey", "Search", f => ObjectOfA(f, "Survey"), (_, id) => Search("Respondent", "SurveyId", id)),
        new("Search SurveyQuestion by SurveyId, A's survey", "Search", f => ObjectOfA(f, "Survey"), (_, id) => Search("SurveyQuestion", "SurveyId", id)),
        new("Search SurveyEmailHistory by RespondentId, A's respondent", "Search", f => ObjectOfA(f, "Respondent"),
            (_, id) => Search("SurveyEmailHistory", "RespondentId", id)),
        new("Search Appointment by EventId, A's event", "Search", f => f.Server.Conference.Id, (_, id) => Search("Appointment", "EventId", id)),
        new("Search AppointmentAttendee by AppointmentID, A's appointment", "Search", f => ObjectOfA(f, "Appointment"),
            (_, id) => Search("AppointmentAttendee", "AppointmentID", id)),

        // #18: the list and user writes, with each ID they take.
        .. new[] { ("ManageContactGroupMembers", "GroupId", "ContactGroup", "Add"), ("ManageContactGroupMembers", "GroupId", "ContactGroup", "Remove"),
            ("ManageDistributionListMembers", "DistListId", "DistributionList", "Add"), ("ManageDistributionListMembers", "DistListId", "DistributionList", "Add as Pending"),
            ("ManageDistributionListMembers", "DistListId", "DistributionList", "Remove") }
            .SelectMany(m => new IsolationCase[]
            {
                new($"{m.Item1} {m.Item4}, A's {m.Item3}", m.Item1, f => ObjectOfA(f, m.Item3), (f, id) => Manage(m.Item1, m.Item4, m.Item2, id, f.ContactB)),
                new($"{m.Item1} {m.Item4}, A's contact", m.Item1, f => f.ContactA,
                    (f, id) => Manage(m.Item1, m.Item4, m.Item2, m.Item3 == "ContactGroup" ? f.GroupB : f.ListB, id)),
            }),
        new("CreateUser, A's role as UserRoleId", "CreateUser", f => ObjectOfA(f, "UserRole"), (_, id) => Users("CreateUser", NewUser(id))),
        new("CreateUser, A's user group in UserGroupDetail", "CreateUser", f => ObjectOfA(f, "UserGroup"), (f, id) => Users("CreateUser", NewUser(f.RoleB), id)),
        new("CreateUser, A's contact group as DefaultContactGroupId", "CreateUser", f => ObjectOfA(f, "ContactGroup"),
            (f, id) => Users("CreateUser", NewUser(f.RoleB) + $" DefaultContactGroupId=\"{id}\"")),
        new("UpdateUser, A's user", "UpdateUser", f => ObjectOfA(f, "User"), (_, id) => Users("UpdateUser", $"Id=\"{id}\" Title=\"Intruder\"")),
        new("UpdateUser, A's role as UserRoleId", "UpdateUser", f => ObjectOfA(f, "UserRole"), (f, id) => Users("UpdateUser", $"Id=\"{f.PlannerB}\" UserRoleId=\"{id}\"")),
        new("UpdateUser, A's user group in UserGroupDetail", "UpdateUser", f => ObjectOfA(f, "UserGroup"), (f, id) => Users("UpdateUser", $"Id=\"{f.PlannerB}\"", id)),
        new("DeleteUser, A's user", "DeleteUser", f => ObjectOfA(f, "User"),
            (_, id) => $"<DeleteUser xmlns=\"{Tns}\"><CvObjects><CvObject Id=\"{id}\" MessageId=\"d1\"/></CvObjects></DeleteUser>"),
        .. new[] { "Add", "Remove" }.SelectMany(action => new IsolationCase[]
        {
            new($"ManageUserGroup {action}, A's user group", "ManageUserGroup", f => ObjectOfA(f, "UserGroup"), (f, id) => Manage("ManageUserGroup", action, "GroupId", id, f.PlannerB)),
            new($"ManageUserGroup {action}, A's user", "ManageUserGroup", f => ObjectOfA(f, "User"), (f, id) => Manage("ManageUserGroup", action, "GroupId", f.UserGroupB, id)),
        }),
        // #18 events
        new("CopyEvent, A's event", "CopyEvent", f => f.Server.Conference.Id,
            (_, id) => $"<CopyEvent xmlns=\"{Tns}\"><EventId>{id}</EventId><EventParameters><EventParameters xmlns=\"{S1}\" MessageId=\"c1\" " +
                "Title=\"Stolen copy\"/></EventParameters></CopyEvent>"),
        new("UpdateEventParameters, A's event", "UpdateEventParameters", f => f.Server.Conference.Id,
            (_, id) => $"<UpdateEventParameters xmlns=\"{Tns}\"><eventParams><EventParameters xmlns=\"{S1}\" Id=\"{id}\" MessageId=\"u1\" " +
                "Title=\"Renamed\"/></eventParams></UpdateEventParameters>"),
        new("CreateNoRegEvent, A's event as Id", "CreateNoRegEvent", f => f.Server.Conference.Id,
            (_, id) => $"<CreateNoRegEvent xmlns=\"{Tns}\"><EventParameters><EventParameters xmlns=\"{S1}\" Id=\"{id}\" MessageId=\"n1\" Title=\"Mine\" " +
                "TimeZoneCode=\"UTC\" StartDate=\"2027-09-01T18:00:00\" PlannerFirstName=\"B\" PlannerLastName=\"B\"/></EventParameters></CreateNoRegEvent>"),
        // #18 fields and invitees
        new("CreateCustomField, A's custom field as Id", "CreateCustomField", f => ObjectOfA(f, "EntityCustomField"),
            (_, id) => $"<CreateCustomField xmlns=\"{Tns}\"><CustomFieldCategory>ContactCustomField</CustomFieldCategory><CustomFields>" +
                $"<EntityCustomField Id=\"{id}\" MessageId=\"f1\" FieldName=\"Intruder\" FieldType=\"Text\"/></CustomFields></CreateCustomField>"),
        new("UpdateCustomField, A's custom field", "UpdateCustomField", f => ObjectOfA(f, "EntityCustomField"),
            (_, id) => $"<UpdateCustomField xmlns=\"{Tns}\"><CustomFields><EntityCustomField Id=\"{id}\" MessageId=\"f1\" FieldName=\"Renamed\"/></CustomFields></UpdateCustomField>"),
        new("CreateContact, A's custom field in CustomFieldDetail", "CreateContact", f => ObjectOfA(f, "EntityCustomField"),
            (_, id) => $"<CreateContact xmlns=\"{Tns}\"><Contacts><Contact xmlns=\"{S1}\" MessageId=\"c1\" LastName=\"Intruder\">" +
                $"<CustomFieldDetail FieldId=\"{id}\" FieldValue=\"Vegan\"/></Contact></Contacts></CreateContact>"),
        new("UpdateGuestInfo, A's event", "UpdateGuestInfo", f => f.Server.Conference.Id, (f, id) => Guests(id, f.Server.Conference.Guests[0].Id)),
        new("UpdateGuestInfo, A's guest", "UpdateGuestInfo", f => f.Server.Conference.Guests[0].Id, (f, id) => Guests(f.EventB, id)),
        new("UpdateInviteeInternalInfo, A's event", "UpdateInviteeInternalInfo", f => f.Server.Conference.Id, (f, id) => InternalInfo(id, f.InviteeB)),
        new("UpdateInviteeInternalInfo, A's invitee", "UpdateInviteeInternalInfo", f => f.InviteeA.Id, (f, id) => InternalInfo(f.EventB, id)),
        new("UpdateRegistrationType, A's event", "UpdateRegistrationType", f => f.Server.Conference.Id, (f, id) => RegistrationType(id, f.InviteeB)),
        new("UpdateRegistrationType, A's invitee", "UpdateRegistrationType", f => f.InviteeA.Id, (f, id) => RegistrationType(f.EventB, id)),
        // #18
        new("CreateTransaction, A's event", "CreateTransaction", f => f.Server.Conference.Id, (f, id) => Payment(id, f.InviteeB, null)),
        new("CreateTransaction, A's invitee", "CreateTransaction", f => f.InviteeA.Id, (f, id) => Payment(f.EventB, id, null)),
        new("CreateTransaction, A's session as a product", "CreateTransaction", f => f.Server.Session("NET").Id, (f, id) => Payment(f.EventB, f.InviteeB, id)),
        new("CreateSurveyAnswer, A's survey", "CreateSurveyAnswer", f => ObjectOfA(f, "Survey"),
            (f, id) => $"<CreateSurveyAnswer xmlns=\"{Tns}\"><SurveyId>{id}</SurveyId><RespondentStatus>Complete Response</RespondentStatus>" +
                $"<CvAnswers><CvAnswer MessageId=\"a1\" Id=\"{f.ContactB}\" QuestionCode=\"RATING\" Answer=\"Good\"/></CvAnswers></CreateSurveyAnswer>"),
        new("CreatePostEventFeedback, A's event", "CreatePostEventFeedback", f => f.Server.Conference.Id, (f, id) => Feedback(id, f.InviteeB)),
        new("CreatePostEventFeedback, A's invitee", "CreatePostEventFeedback", f => f.InviteeA.Id, (f, id) => Feedback(f.EventB, id)),
        // #18 SendEmail
        new("SendEmail, A's event", "SendEmail", f => f.Server.Conference.Id, (f, id) => SendEmail(id, f.InviteeB)),
        new("SendEmail, A's invitee", "SendEmail", f => f.InviteeA.Id, (f, id) => SendEmail(f.EventB, id)),
        // #17 details: CreateUser/UpdateUser's CustomFieldDetail and VisibilityDefaults
        new("CreateUser, A's user custom field in CustomFieldDetail", "CreateUser", f => UserFieldOfA(f),
            (f, id) => UserWith("CreateUser", NewUser(f.RoleB), $"<CustomFieldDetail FieldId=\"{id}\" FieldValue=\"Intruder\"/>")),
        new("UpdateUser, A's user custom field in CustomFieldDetail", "UpdateUser", f => UserFieldOfA(f),
            (f, id) => UserWith("UpdateUser", $"Id=\"{f.PlannerB}\"", $"<CustomFieldDetail FieldId=\"{id}\" FieldValue=\"Intruder\"/>")),
        new("CreateUser, A's user group in VisibilityDefaults", "CreateUser", f => ObjectOfA(f, "UserGroup"),
            (f, id) => UserWith("CreateUser", NewUser(f.RoleB), $"<VisibilityDefaults UserGroupId=\"{id}\" VisibilityType=\"Event\"/>")),
        new("UpdateUser, A's user group in VisibilityDefaults", "UpdateUser", f => ObjectOfA(f, "UserGroup"),
            (f, id) => UserWith("UpdateUser", $"Id=\"{f.PlannerB}\"", $"<VisibilityDefaults UserGroupId=\"{id}\" VisibilityType=\"Event\"/>")),
    ];

    private static string Manage(string operation, string action, string listElement, string listId, string memberId) =>
        $"<{operation} xmlns=\"{Tns}\"><Action>{action}</Action><{listElement}>{listId}</{listElement}>" +
        $"<CvObjects xmlns=\"{S1}\"><CvObject Id=\"{memberId}\" MessageId=\"m1\"/></CvObjects></{operation}>";

    private static string NewUser(string roleId) =>
        $"UserType=\"Application\" Username=\"intruder\" UserRoleId=\"{roleId}\" Email=\"i@example.org\" FirstName=\"In\" LastName=\"Truder\" Password=\"pw\"";

    private static string Users(string operation, string attributes, params string[] groups) =>
        $"<{operation} xmlns=\"{Tns}\"><Users><User xmlns=\"{S1}\" MessageId=\"u1\" {attributes}>" +
        $"{string.Concat(groups.Select(g => $"<UserGroupDetail UserGroupId=\"{g}\"/>"))}</User></Users></{operation}>";

    private static string UserWith(string operation, string attributes, string children) =>
        $"<{operation} xmlns=\"{Tns}\"><Users><User xmlns=\"{S1}\" MessageId=\"u1\" {attributes}>{children}</User></Users></{operation}>";

    /// <summary>A's user custom field (the demo's <c>Office</c>), which B's users cannot take values of.</summary>
    private static string UserFieldOfA(TenantIsolationFixture f) => f.Server.Manifest.Objects.First(o => o.Type == "EntityCustomField" && o.Label == "Office").Id;

    private static string Guests(string eventId, string guestId) =>
        $"<UpdateGuestInfo xmlns=\"{Tns}\"><EventId>{eventId}</EventId><Guests><Guest xmlns=\"{S1}\" Id=\"{guestId}\" MessageId=\"g1\" Nickname=\"Intruder\"/>" +
        "</Guests></UpdateGuestInfo>";

    private static string InternalInfo(string eventId, string inviteeId) =>
        $"<UpdateInviteeInternalInfo xmlns=\"{Tns}\"><EventId>{eventId}</EventId><CvAnswers><CvAnswer xmlns=\"{S1}\" Id=\"{inviteeId}\" MessageId=\"i1\" " +
        "QuestionCode=\"InternalNote\" Answer=\"Intruder\"/></CvAnswers></UpdateInviteeInternalInfo>";

    private static string RegistrationType(string eventId, string inviteeId) =>
        $"<UpdateRegistrationType xmlns=\"{Tns}\"><EventId>{eventId}</EventId><Registrations><Registration xmlns=\"{S1}\" Id=\"{inviteeId}\" MessageId=\"r1\" " +
        "RegistrationType=\"Attendee\"/></Registrations></UpdateRegistrationType>";

    private static string Feedback(string eventId, string inviteeId) =>
        $"<CreatePostEventFeedback xmlns=\"{Tns}\"><EventId>{eventId}</EventId><CvAnswers><CvAnswer MessageId=\"f1\" Id=\"{inviteeId}\" QuestionCode=\"RATING\" " +
        "Answer=\"Good\"/></CvAnswers></CreatePostEventFeedback>";

    private static string Payment(string eventId, string inviteeId, string? productId) =>
        $"<CreateTransaction xmlns=\"{Tns}\"><Transactions><Transaction MessageId=\"p1\" InviteeId=\"{inviteeId}\" TransactionType=\"Offline Charge\" Amount=\"1.00\">" +
        (productId is null ? "" : $"<DistributionDetail ProductId=\"{productId}\" AmountApplied=\"1.00\"/>") + $"</Transaction></Transactions><EventId>{eventId}</EventId></CreateTransaction>";

    private static string SendEmail(string eventId, string inviteeId) =>
        $"<SendEmail xmlns=\"{Tns}\"><EmailRequest xmlns=\"{S1}\" ActivityType=\"Event\" ActivityId=\"{eventId}\" EmailTemplateName=\"Invitation\" " +
        $"ResendToPreviousRecipients=\"true\"><RecipientId><CvObject Id=\"{inviteeId}\" MessageId=\"m1\"/></RecipientId></EmailRequest></SendEmail>";

    private static string ObjectOfA(TenantIsolationFixture f, string type) => f.Server.Manifest.Objects.First(o => o.Type == type).Id;

    private static string Retrieve(string type, string id) =>
        $"<Retrieve xmlns=\"{Tns}\"><ObjectType>{type}</ObjectType><Ids xmlns=\"{S1}\"><Id>{id}</Id></Ids></Retrieve>";

    private static string Search(string type, string field, string id) =>
        $"<Search xmlns=\"{Tns}\"><ObjectType>{type}</ObjectType><CvSearchObject xmlns=\"{S1}\" SearchType=\"OrSearch\"><Filter><Field>{field}</Field>" +
        $"<Operator>Equals</Operator><Value>{id}</Value></Filter><Filter><Field>{field}</Field><Operator>Includes</Operator><ValueArray><Value>{id}</Value>" +
        "</ValueArray></Filter></CvSearchObject></Search>";

    /// <summary>An invitee no tenant has: the Idempotency-Key row's call writes nothing, with A's key or another.</summary>
    private static readonly string UnknownInvitee = Guid.NewGuid().ToString();

    private static IEnumerable<IsolationCase> SessionRegAction(string action) =>
    [
        new($"SessionRegAction {action}, A's session", "SessionRegAction", f => f.Server.Session("NET").Id,
            (f, id) => SessionReg(action, id, $"Id=\"{f.InviteeB}\"")),
        new($"SessionRegAction {action}, A's full session with a waitlist", "SessionRegAction", f => f.Server.Session("WKS").Id,
            (f, id) => SessionReg(action, id, $"Id=\"{f.InviteeB}\"")),
        new($"SessionRegAction {action}, A's invitee", "SessionRegAction", f => f.InviteeA.Id,
            (f, id) => SessionReg(action, f.SessionB, $"Id=\"{id}\"")),
    ];

    private static IEnumerable<IsolationCase> SimpleEventRegistration(string action) =>
    [
        new($"SimpleEventRegistration {action}, A's event", "SimpleEventRegistration", f => f.Server.Conference.Id,
            (f, id) => EventRegistration(action, id, f.InviteeB)),
        new($"SimpleEventRegistration {action}, A's invitee", "SimpleEventRegistration", f => f.InviteeA.Id,
            (f, id) => EventRegistration(action, f.EventB, id)),
    ];

    private static string SessionReg(string action, string productId, string inviteeAttributes) =>
        $"<SessionRegAction xmlns=\"{Tns}\"><CvInvitees SessionRegActionType=\"{action}\" ProductId=\"{productId}\">" +
        $"<CvInvitee {inviteeAttributes} MessageId=\"r1\" xmlns=\"{S1}\"/></CvInvitees></SessionRegAction>";

    private static string EventRegistration(string action, string eventId, string inviteeId) =>
        $"<SimpleEventRegistration xmlns=\"{Tns}\"><CvObjects><CvObject Id=\"{inviteeId}\" MessageId=\"e1\"/></CvObjects>" +
        $"<RegAction>{action}</RegAction><EventId>{eventId}</EventId></SimpleEventRegistration>";

    private static string Validate(string productType, string productId, string inviteeId) =>
        $"<ValidateInvitee xmlns=\"{Tns}\"><ProductType>{productType}</ProductType><ProductID>{productId}</ProductID><CheckPaidInFull>false</CheckPaidInFull>" +
        $"<CvInvitees><CvInvitee Id=\"{inviteeId}\" MessageId=\"v1\" xmlns=\"{S1}\"/></CvInvitees></ValidateInvitee>";

    private static string Transfer(string eventId, string contactId) =>
        $"<TransferInvitee xmlns=\"{Tns}\"><ActivityType>Event</ActivityType><ActivityId>{eventId}</ActivityId>" +
        $"<CvObjects xmlns=\"{S1}\"><CvObject Id=\"{contactId}\" MessageId=\"t1\"/></CvObjects></TransferInvitee>";

    private static string CheckIn(string inviteeId, string attendeeType, string? productId, bool undo) =>
        $"<CheckIn xmlns=\"{Tns}\"><CvObjects><CvObject Id=\"{inviteeId}\" MessageId=\"k1\"/></CvObjects><AttendeeType>{attendeeType}</AttendeeType>" +
        (productId is null ? "" : $"<ProductId>{productId}</ProductId>") + $"<UndoCheckIn>{(undo ? "true" : "false")}</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert></CheckIn>";

    private static string Contacts(string operation, string attributes) =>
        $"<{operation} xmlns=\"{Tns}\"><Contacts><Contact xmlns=\"{S1}\" MessageId=\"c1\" {attributes}/></Contacts></{operation}>";
}
