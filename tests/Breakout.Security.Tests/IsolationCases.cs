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

        // #18 SendEmail
        new("SendEmail, A's event", "SendEmail", f => f.Server.Conference.Id, (f, id) => SendEmail(id, f.InviteeB)),
        new("SendEmail, A's invitee", "SendEmail", f => f.InviteeA.Id, (f, id) => SendEmail(f.EventB, id)),
    ];

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
