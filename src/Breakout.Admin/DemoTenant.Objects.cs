using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Admin;

/// <summary>
/// The demo tenant's objects of the types served by declaration, a few of each so a client can try every type at once:
/// planner users with roles and groups, speakers on sessions, transactions (paid in full and not), custom field
/// definitions (one of them a user custom field the users have values of), registration questions, travel records and a
/// seating chart.
/// </summary>
public static partial class DemoTenant
{
    // #17 part A
    private static (List<CvObjectRow> Objects, List<CvDetailRow> Details) DeclaredObjects(Func<CventId> nextId, CatalogBatch batch)
    {
        var objects = new List<CvObjectRow>();
        var details = new List<CvDetailRow>();
        var conference = batch.Events[0];
        var session = batch.Sessions.ToDictionary(s => s.Code, s => s.Id);
        var accepted = batch.Invitees.Where(i => i.EventId == conference.Id && i.Status == InviteeStatus.Accepted).ToList();

        CventId Add(CvObjectDescriptor type, params (string Field, object Value)[] values)
        {
            var id = nextId();
            objects.Add(new CvObjectRow(type, id, values.ToDictionary(v => v.Field, v => (object?)v.Value)));
            return id;
        }

        void Link(CvObjectDescriptor type, CvDetailDescriptor detail, CventId parent, params (string Field, object Value)[] values) =>
            details.Add(new CvDetailRow(type, detail, parent, values.ToDictionary(v => v.Field, v => (object?)v.Value)));

        var administrator = Add(UserRoleObject.Descriptor, ("UserRoleName", "Administrator"), ("Description", "Every right"));
        var planner = Add(UserRoleObject.Descriptor, ("UserRoleName", "Event Planner"), ("Description", "Plans events, reads reports"));
        Link(UserRoleObject.Descriptor, UserRoleObject.UserRights, administrator, ("UserRightName", "Events"), ("UserRightCategory", "Event"), ("AccessLevel", "Full"));
        Link(UserRoleObject.Descriptor, UserRoleObject.UserRights, administrator, ("UserRightName", "Reports"), ("UserRightCategory", "Reporting"), ("AccessLevel", "Full"));
        Link(UserRoleObject.Descriptor, UserRoleObject.UserRights, planner, ("UserRightName", "Events"), ("UserRightCategory", "Event"), ("AccessLevel", "Full"));
        Link(UserRoleObject.Descriptor, UserRoleObject.UserRights, planner, ("UserRightName", "Reports"), ("UserRightCategory", "Reporting"), ("AccessLevel", "Read-only"));
        var headquarters = Add(UserGroupObject.Descriptor, ("UserGroupName", "Headquarters"), ("InternalNote", "Plans the flagship conference"));
        var regional = Add(UserGroupObject.Descriptor, ("UserGroupName", "Regional Teams"));
        var users = new List<(CventId User, CventId[] Groups)>();
        foreach (var (first, last, role, groups, active) in new[]
        {
            ("Ada", "Lovelace", administrator, new[] { headquarters }, true),
            ("Grace", "Hopper", planner, new[] { headquarters, regional }, true),
            ("Linus", "Pauling", planner, new[] { regional }, false),
        })
        {
            var user = Add(UserObject.Descriptor, ("Username", $"{first.ToLowerInvariant()}@example.com"), ("FirstName", first), ("LastName", last),
                ("Email", $"{first.ToLowerInvariant()}@example.com"), ("UserType", "Application"), ("UserRoleId", role), ("Active", active),
                ("Company", "Breakout Events"), ("CreatedDate", EventStart.AddYears(-2)));
            foreach (var group in groups)
            {
                Link(UserObject.Descriptor, UserObject.UserGroupDetail, user, ("UserGroupId", group));
            }

            users.Add((user, groups));
        }

        foreach (var (first, last, code, sessions) in new[]
        {
            ("Katherine", "Johnson", "SPK-KEY", new[] { "KEY" }),
            ("Alan", "Turing", "SPK-WKS", new[] { "WKS", "DIN" }),
            ("Barbara", "Liskov", "SPK-TRK", new[] { "MTA", "MTB" }),
        })
        {
            var speaker = Add(SpeakerObject.Descriptor, ("EventId", conference.Id), ("FirstName", first), ("LastName", last), ("SpeakerCode", code),
                ("EmailAddress", $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}@example.com"), ("Company", "Example Labs"),
                ("DisplayOnWebsite", true), ("Biography", $"{first} {last} speaks at the Breakout Demo Conference."));
            foreach (var code2 in sessions)
            {
                Link(SpeakerObject.Descriptor, SpeakerObject.AssignedSessions, speaker, ("SessionId", session[code2]));
            }
        }

        // Three paid in full, two with a balance left: ValidateInvitee's PaidInFull follows their latest payment.
        // Each applied to the conference's admission (#17: DistributionDetail).
        for (var i = 0; i < 5; i++)
        {
            var paid = i < 3;
            var transaction = Add(TransactionObject.Descriptor, ("InviteeId", accepted[i].Id), ("TransactionType", "Online Charge"), ("Success", true),
                ("Amount", paid ? 450m : 200m), ("PaidInFull", paid), ("PaymentType", "Visa"), ("TransactionNumber", $"TXN{i + 1:D6}"),
                ("NameOnCard", $"{accepted[i].FirstName} {accepted[i].LastName}"), ("TransactionDate", EventStart.AddMonths(-2).AddDays(i)));
            Link(TransactionObject.Descriptor, TransactionObject.DistributionDetail, transaction, ("ProductId", conference.Id), ("ProductName", conference.Title),
                ("ProductCode", conference.Code), ("ProductType", "Event"), ("OrderPrice", 450d), ("AmountApplied", paid ? 450m : 200m), ("GLCode", "4000"),
                ("GLDescription", "Conference admission"), ("OrderNumber", $"ORD{i + 1:D6}"));
        }

        foreach (var (name, code, type, category, choices) in new[]
        {
            ("Dietary requirement", "DIET", "Choice", "ContactCustomField", new[] { "None", "Vegetarian", "Vegan", "Halal" }),
            ("T-shirt size", "SHIRT", "Choice", "EventCustomField", new[] { "S", "M", "L", "XL" }),
            ("Company size", "SIZE", "Number", "ContactCustomField", Array.Empty<string>()),
        })
        {
            var field = Add(EntityCustomFieldObject.Descriptor, ("FieldName", name), ("FieldCode", code), ("FieldType", type), ("CustomFieldCategory", category));
            foreach (var choice in choices)
            {
                Link(EntityCustomFieldObject.Descriptor, EntityCustomFieldObject.FieldChoices, field, ("FieldChoiceText", choice));
            }
        }

        var heard = Add(EventQuestionObject.Descriptor, ("EventId", conference.Id), ("QuestionText", "How did you hear about the conference?"),
            ("QuestionCode", "HEARD"), ("SurveyType", "Registration"), ("QuestionType", "Single Choice"), ("AllowOther", true), ("OtherLabel", "Other"));
        foreach (var answer in new[] { "Email", "Colleague", "Social media" })
        {
            Link(EventQuestionObject.Descriptor, EventQuestionObject.AnswerDetail, heard, ("AnswerText", answer));
        }

        var rating = Add(EventQuestionObject.Descriptor, ("EventId", conference.Id), ("ProductId", session["WKS"]), ("QuestionText", "Rate the workshop"),
            ("QuestionCode", "RATE-WKS"), ("SurveyType", "Registration"), ("QuestionType", "Matrix"));
        foreach (var row in new[] { "Content", "Pace" })
        {
            Link(EventQuestionObject.Descriptor, EventQuestionObject.RowDetail, rating, ("RowText", row));
        }

        Add(TravelObject.Descriptor, ("InviteeId", accepted[0].Id), ("Status", "Confirmed"), ("RegistrationType", "Attendee"));
        Add(TravelObject.Descriptor, ("InviteeId", accepted[1].Id), ("Status", "Requested"), ("RegistrationType", "Attendee"));

        var table = nextId();
        var seating = nextId();
        var firstGuest = batch.Guests[0];
        foreach (var (entity, seat) in accepted.Take(3).Select((a, i) => (a.Id, $"Seat {i + 1}")).Append((firstGuest.Id, "Seat 4")))
        {
            Add(TableAssignmentObject.Descriptor, ("TableId", table), ("TableName", "Table 1"), ("SeatingId", seating), ("SeatingCode", "GALA"),
                ("SeatingName", "Gala Dinner"), ("EventId", conference.Id), ("EntityId", entity), ("SeatName", seat));
        }

        // #17: the planner users' office (a user custom field) and who sees the events they create by default.
        var office = Add(EntityCustomFieldObject.Descriptor, ("FieldName", "Office"), ("FieldCode", "OFFICE"), ("FieldType", "Open Ended Text - One Line"),
            ("CustomFieldCategory", "UserCustomField"));
        foreach (var ((user, groups), place) in users.Zip(new[] { "London", "Arlington", "Singapore" }))
        {
            Link(UserObject.Descriptor, UserObject.CustomFieldDetail, user, ("FieldId", office), ("FieldValue", place));
            Link(UserObject.Descriptor, UserObject.VisibilityDefaults, user, ("UserGroupId", groups[0]), ("VisibilityType", "Event"));
        }

        return (objects, details);
    }

    /// <summary>What a person recognises a demo object by: its name, code or number.</summary>
    private static string Label(CvObjectRow row)
    {
        foreach (var field in new[] { "UserRoleName", "UserGroupName", "Username", "SpeakerCode", "TransactionNumber", "FieldName", "QuestionCode", "SeatName", "Status" }
            .Concat(PartBLabels)) // #17 part B
        {
            if (row.Values.GetValueOrDefault(field) is string text)
            {
                return text;
            }
        }

        return row.Type.Name;
    }
}
