using System.Globalization;
using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The projection of every served CvObject type over Breakout's tables. Decisions where Cvent's contract is silent:
/// a Registration is an invitee with status Accepted, Waitlisted or Cancelled, and its ID is the invitee's; an
/// invitee's (and its registration's) <c>LastModifiedDate</c> is the latest of its own and its guests' row changes and
/// the API calls that changed their statuses, check-ins and session registrations, so GetUpdated reports
/// unregistrations and waitlist promotions; an event's is the latest change of the event or one of its sessions.
/// </summary>
public abstract partial class SqlStore
{
    private const string Registrants = "registrants r JOIN events e ON e.pk = r.event_pk LEFT JOIN contacts c ON c.pk = r.contact_pk";

    private static readonly Dictionary<CvObjectType, SqlProjection> Projections = new SqlProjection[]
    {
        new(ContactObject.Descriptor, "contacts c", "c.account_pk", "c.pk", "c.id",
            ContactObject.Descriptor.Fields.ToDictionary(f => f.Name, f => "c." + SqlNames.ContactColumn(f)), Where: "c.deleted_at IS NULL",
            IdLookups: NoIdLookups),
        new(EventObject.Descriptor, "events e", "e.account_pk", "e.pk", "e.id", WithEventParameterColumns(new Dictionary<string, string>
        {
            ["EventTitle"] = "e.title",
            ["EventCode"] = "e.code",
            ["EventStartDate"] = "e.start_at",
            ["EventEndDate"] = "e.end_at",
            ["Timezone"] = "e.time_zone",
            ["EventStatus"] = SqlProjection.Case("e.status", EventObject.EventStatuses),
            ["Capacity"] = "e.capacity",
            ["LastModifiedDate"] = "(SELECT MAX(t.at) FROM (SELECT e.updated_at AS at UNION ALL SELECT s.updated_at FROM sessions s WHERE s.event_pk = e.pk) t)",
        }), IdLookups: NoIdLookups, Enumerations: EventEnumerations, Sources: EventSources),
        new(InviteeObject.Descriptor, Registrants, "r.account_pk", "r.pk", "r.id", RegistrantColumns(), Where: "r.kind = 0",
            IdLookups: RegistrantIdLookups, Enumerations: RegistrantEnumerations, Sources: RegistrantSources),
        new(RegistrationObject.Descriptor, Registrants, "r.account_pk", "r.pk", "r.id", RegistrantColumns(),
            Where: FormattableString.Invariant($"r.kind = 0 AND r.status IN ({(int)InviteeStatus.Accepted}, {(int)InviteeStatus.Waitlisted}, {(int)InviteeStatus.Cancelled})"),
            IdLookups: RegistrantIdLookups, Enumerations: RegistrantEnumerations, Sources: RegistrantSources),
        new(GuestObject.Descriptor,
            "registrants x JOIN registrants r ON r.pk = x.invitee_pk JOIN events e ON e.pk = x.event_pk LEFT JOIN contacts c ON c.pk = x.contact_pk",
            "x.account_pk", "x.pk", "x.id", WithGuestColumns(new Dictionary<string, string>
            {
                ["EventID"] = "e.id",
                ["ContactID"] = "c.id",
                ["EventTitle"] = "e.title",
                ["EventCode"] = "e.code",
                ["GuestConfirmationNumber"] = "x.confirmation_number",
                ["RegistrationID"] = "r.id",
                ["FirstName"] = "x.first_name",
                ["LastName"] = "x.last_name",
                ["Company"] = "c.company",
                ["Title"] = "c.title",
                ["Email"] = "x.email_address",
                ["RegistrationDate"] = HistoryTime("MAX", "x.pk", RegistrantAction.Accepted),
                ["LastModifiedDate"] = LatestChange(["g.pk = x.pk"]),
                ["Participant"] = "x.checked_in",
                ["Status"] = SqlProjection.Case("x.status", InviteeObject.Statuses),
            }), Where: "x.kind = 1", IdLookups: GuestIdLookups, Sources: GuestSources),
        new(SessionObject.Descriptor, "sessions s JOIN events e ON e.pk = s.event_pk", "s.account_pk", "s.pk", "s.id", new Dictionary<string, string>
        {
            ["EventId"] = "e.id",
            ["ProductName"] = "s.name",
            ["ProductCode"] = "s.code",
            ["ProductType"] = "'Session'",
            ["StartTime"] = "s.start_at",
            ["EndTime"] = "s.end_at",
            ["ProductDescription"] = "s.description",
            ["SessionLocationName"] = "s.location_name",
            ["SessionLocationCode"] = "s.location_code",
            ["Status"] = SqlProjection.Case("s.status", SessionObject.ProductStatuses),
            ["AutoCloseDate"] = "s.auto_close_at",
            ["Capacity"] = "s.capacity",
            ["EnableWaitlist"] = "s.enable_waitlist",
            ["WaitlistCapacity"] = "s.waitlist_capacity",
        }, Modified: "s.updated_at", IdLookups: SessionIdLookups),

        // #17 part A
        EventDetailProjection(),
    }
        .Concat(SqlObjectTables.All.Select(t => t.Projection()))
        .ToDictionary(p => p.Descriptor.Type);

    /// <summary>The detail rows of each detail element, keyed by element name.</summary>
    private static readonly Dictionary<CvDetailDescriptor, SqlDetailProjection> DetailProjections = new SqlDetailProjection[]
    {
        new(EventObject.ProductDetail,
            "SELECT s.event_pk AS \"Parent\", s.id AS \"ProductId\", s.name AS \"ProductName\", s.code AS \"ProductCode\", 'Session' AS \"ProductType\", " +
            "s.description AS \"ProductDescription\", s.included AS \"IsIncluded\", s.start_at AS \"StartTime\", s.end_at AS \"EndTime\", " +
            SqlProjection.Case("s.status", SessionObject.ProductStatuses) + " AS \"Status\", s.capacity AS \"Capacity\" FROM sessions s WHERE s.event_pk IN ({parents})",
            d => $"COALESCE(d.\"StartTime\", 0), {d.Binary("d.\"ProductCode\"")}, d.\"ProductId\""),
        new(RegistrationObject.GuestDetail,
            "SELECT g.invitee_pk AS \"Parent\", g.id AS \"GuestId\", g.first_name AS \"FirstName\", g.last_name AS \"LastName\", c.company AS \"Company\", " +
            "c.title AS \"Title\", g.email_address AS \"EmailAddress\", g.checked_in AS \"Participant\", g.confirmation_number AS \"ConfirmationNumber\" " +
            "FROM registrants g LEFT JOIN contacts c ON c.pk = g.contact_pk WHERE g.kind = 1 AND g.invitee_pk IN ({parents})",
            d => $"{d.Binary("d.\"ConfirmationNumber\"")}, d.\"GuestId\""),
        new(RegistrationObject.OrderDetail, OrderDetailSource(),
            d => $"d.\"Kind\", d.\"PersonId\", COALESCE(d.\"StartTime\", 0), {d.Binary("d.\"ProductCode\"")}, d.\"ProductId\""),
    }
        .Concat(SqlObjectTables.Details.Where(t => t.Parent.Served is null).Select(t => t.Projection()))
        .Concat(SqlObjectTables.NestedDetails.Select(t => t.Rows.Projection())) // #17 nested details
        .Concat(SurveyDetailProjections()) // #17 part B
        .Append(EventCustomFieldProjection()) // #18 events
        .Concat(FieldsAndInviteesDetailProjections()) // #18 fields and invitees
        .Concat(ContactListDetailProjections()) // #18 lists: a contact's memberships
        .ToDictionary(p => p.Descriptor);

    /// <summary>An event's EventDetail: its own fields and the counts of its invitees by status, counted when read.</summary>
    private static SqlProjection EventDetailProjection()
    {
        string Count(string condition) => $"(SELECT COUNT(*) FROM registrants n WHERE n.event_pk = e.pk AND n.kind = 0{condition})";
        return new(EventDetailObject.Descriptor, "events e", "e.account_pk", "e.pk", "e.id", new Dictionary<string, string>
        {
            ["EventCode"] = "e.code",
            ["EventTitle"] = "e.title",
            ["EventStatus"] = SqlProjection.Case("e.status", EventObject.EventStatuses),
            ["TotalInvitedCount"] = Count(""),
            ["RegisteredAttendeeCount"] = Count(FormattableString.Invariant($" AND n.status = {(int)InviteeStatus.Accepted}")),
            ["ParticipantCount"] = Count(" AND n.checked_in = 1"),
            ["DeclineeCount"] = Count(FormattableString.Invariant($" AND n.status = {(int)InviteeStatus.Declined}")),
            ["CancelledCount"] = Count(FormattableString.Invariant($" AND n.status = {(int)InviteeStatus.Cancelled}")),
        }, Modified: "(SELECT MAX(t.at) FROM (SELECT e.updated_at AS at UNION ALL SELECT s.updated_at FROM sessions s WHERE s.event_pk = e.pk) t)", Sources: EventSources);
    }

    internal static Dictionary<string, string> RegistrantColumns() => new()
    {
        ["InviteeId"] = "r.id",
        ["ContactId"] = "c.id",
        ["SourceId"] = "c.source_id",
        ["FirstName"] = "COALESCE(c.first_name, r.first_name)",
        ["LastName"] = "COALESCE(c.last_name, r.last_name)",
        ["Company"] = "c.company",
        ["Title"] = "c.title",
        ["EmailAddress"] = "COALESCE(c.email_address, r.email_address)",
        ["CCEmailAddress"] = "c.cc_email_address",
        ["WorkPhone"] = "c.work_phone",
        ["Participant"] = "r.checked_in",
        ["EventId"] = "e.id",
        ["EventCode"] = "e.code",
        ["EventTitle"] = "e.title",
        ["EventStartDate"] = "e.start_at",
        ["Status"] = SqlProjection.Case("r.status", InviteeObject.Statuses),
        ["ConfirmationNumber"] = "r.confirmation_number",
        ["RegistrationDate"] = HistoryTime("MAX", "r.pk", RegistrantAction.Accepted),
        ["CancelledDate"] = FormattableString.Invariant($"CASE WHEN r.status = {(int)InviteeStatus.Cancelled} THEN {HistoryTime("MAX", "r.pk", RegistrantAction.Cancelled)} END"),
        ["OriginalResponseDate"] = HistoryTime("MIN", "r.pk", RegistrantAction.Accepted, RegistrantAction.Declined, RegistrantAction.Waitlisted, RegistrantAction.Cancelled),
        ["LastModifiedDate"] = LatestChange(["g.pk = r.pk", "g.invitee_pk = r.pk"], "r.contact_pk"),
        ["InternalNote"] = "r.internal_note", // #18
        ["RegistrationType"] = "(SELECT t.name FROM registration_types t WHERE t.pk = r.registration_type_pk)",
        ["RegistrationTypeCode"] = "(SELECT t.code FROM registration_types t WHERE t.pk = r.registration_type_pk)",
    };

    /// <summary>When the registrant last took one of these event-level actions (the time of the API call).</summary>
    private static string HistoryTime(string aggregate, string registrant, params RegistrantAction[] actions) =>
        $"(SELECT {aggregate}(c.at) FROM registrant_history h JOIN api_calls c ON c.pk = h.call_pk WHERE h.registrant_pk = {registrant} " +
        $"AND h.action IN ({string.Join(", ", actions.Select(a => ((int)a).ToString(CultureInfo.InvariantCulture)))}))";

    /// <summary>
    /// The latest change of the registrants <paramref name="who"/> selects (alias <c>g</c>): row updates, the API calls of
    /// their history and, with <paramref name="contact"/>, changes of the contact whose name and address they show. Each
    /// of <paramref name="who"/>'s conditions is a branch of its own (an invitee's row by its key, its guests' by theirs
    /// through <c>registrants_invitee</c>), so each is one index lookup rather than a bitmap OR per row (GetUpdated tests
    /// this for every candidate); a registrant two branches select would count twice, which a maximum does not see.
    /// </summary>
    private static string LatestChange(string[] who, string? contact = null) =>
        "(SELECT MAX(t.at) FROM (" + string.Join(" UNION ALL ", who.Select(w => $"SELECT g.updated_at AS at FROM registrants g WHERE {w}")
            .Concat(contact is null ? [] : [$"SELECT k.updated_at FROM contacts k WHERE k.pk = {contact}"])
            .Concat(who.Select(w => $"SELECT c.at FROM registrants g JOIN registration_history h ON h.registrant_pk = g.pk JOIN api_calls c ON c.pk = h.call_pk WHERE {w}"))
            .Concat(who.Select(w => $"SELECT c.at FROM registrants g JOIN registrant_history h ON h.registrant_pk = g.pk JOIN api_calls c ON c.pk = h.call_pk WHERE {w}"))) +
        ") t)";

    /// <summary>
    /// One row per session the invitee or a guest holds a seat in (Action <c>Registered</c>, when it was taken, by a
    /// register or a promotion), is waitlisted for (<c>Waitlisted</c>, when it joined), or gave up and holds nothing in
    /// any more (<c>Cancelled</c>, when the last unregistration or waitlist departure happened).
    /// </summary>
    private static string OrderDetailSource()
    {
        const string Who = "(g.pk IN ({parents}) OR g.invitee_pk IN ({parents}))";
        const string Person = "SELECT COALESCE(g.invitee_pk, g.pk) AS \"Parent\", g.kind AS \"Kind\", g.id AS \"PersonId\", g.first_name AS \"FirstName\", " +
            "g.last_name AS \"LastName\", s.id AS \"ProductId\", s.name AS \"ProductName\", s.code AS \"ProductCode\", 1 AS \"Quantity\", " +
            "'Session' AS \"ProductType\", s.description AS \"ProductDescription\", s.start_at AS \"StartTime\", s.end_at AS \"EndTime\", ";
        var givenUp = FormattableString.Invariant($"{(int)HistoryAction.Unregistered}, {(int)HistoryAction.LeftWaitlist}");
        return Person + "'Registered' AS \"Action\", x.registered_at AS \"ActionDate\", x.checked_in AS \"Participant\" " +
            $"FROM session_registrations x JOIN registrants g ON g.pk = x.registrant_pk JOIN sessions s ON s.pk = x.session_pk WHERE {Who} " +
            "UNION ALL " + Person + "'Waitlisted', w.waitlisted_at, 0 " +
            $"FROM session_waitlist w JOIN registrants g ON g.pk = w.registrant_pk JOIN sessions s ON s.pk = w.session_pk WHERE {Who} " +
            "UNION ALL " + Person + "'Cancelled', u.at, 0 FROM (SELECT h.session_pk, h.registrant_pk, MAX(c.at) AS at FROM registration_history h " +
            $"JOIN api_calls c ON c.pk = h.call_pk JOIN registrants g ON g.pk = h.registrant_pk WHERE h.action IN ({givenUp}) AND {Who} " +
            "GROUP BY h.session_pk, h.registrant_pk) u JOIN registrants g ON g.pk = u.registrant_pk JOIN sessions s ON s.pk = u.session_pk " +
            "WHERE NOT EXISTS (SELECT 1 FROM session_registrations x WHERE x.session_pk = u.session_pk AND x.registrant_pk = u.registrant_pk) " +
            "AND NOT EXISTS (SELECT 1 FROM session_waitlist w WHERE w.session_pk = u.session_pk AND w.registrant_pk = u.registrant_pk)";
    }
}
