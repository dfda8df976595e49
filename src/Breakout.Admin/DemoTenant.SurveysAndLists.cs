using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;

namespace Breakout.Admin;

/// <summary>
/// The demo tenant's surveys and lists (#17 part B): a feedback survey of the conference with three questions and a
/// follow-up survey of last year's summit, each with respondents who answered (completely or partly) and some who did
/// not; the e-mails that invited them; the conference's invitation e-mails; a contact group and two distribution lists
/// with members; a sponsor meeting with two attendees.
/// </summary>
public static partial class DemoTenant
{
    /// <summary>The fields a part B object is recognised by in the manifest, after part A's.</summary>
    private static readonly string[] PartBLabels = ["SurveyTitle", "Name", "DistributionListName", "AppointmentTitle", "EmailType", "EntityType"];

    // #17 part B
    private static (List<CvObjectRow> Objects, List<CvDetailRow> Details) SurveysAndLists(Func<CventId> nextId, CatalogBatch batch)
    {
        var objects = new List<CvObjectRow>();
        var details = new List<CvDetailRow>();
        var (conference, summit) = (batch.Events[0], batch.Events[1]);
        var attendees = batch.Invitees.Where(i => i.EventId == conference.Id && i.Status == InviteeStatus.Accepted).ToList();
        var alumni = batch.Invitees.Where(i => i.EventId == summit.Id).ToList();

        CventId Add(CvObjectDescriptor type, params (string Field, object Value)[] values)
        {
            var id = nextId();
            objects.Add(new CvObjectRow(type, id, values.ToDictionary(v => v.Field, v => (object?)v.Value)));
            return id;
        }

        void Detail(CvObjectDescriptor type, CvDetailDescriptor detail, CventId parent, params (string Field, object Value)[] values) =>
            details.Add(new CvDetailRow(type, detail, parent, values.ToDictionary(v => v.Field, v => (object?)v.Value)));

        CventId Question(CventId survey, string number, string code, string text, string type, int typeCode, params string[] answers)
        {
            var question = Add(SurveyQuestionObject.Descriptor, ("SurveyId", survey), ("QuestionNumber", number), ("QuestionCode", code), ("QuestionText", text),
                ("QuestionType", type), ("QuestionTypeCode", typeCode), ("IsRequired", typeCode != 3), ("AllowOther", false), ("AllowNA", false));
            foreach (var answer in answers)
            {
                Detail(SurveyQuestionObject.Descriptor, SurveyQuestionObject.AnswerDetail, question, ("AnswerText", answer));
            }

            return question;
        }

        // The conference's feedback survey: 8 complete responses, 2 partial, 2 without a response.
        var launched = conference.EndAt!.Value;
        var feedback = Add(SurveyObject.Descriptor, ("SurveyCode", "FDBK2027"), ("SurveyTitle", "Breakout Demo Conference Feedback"), ("SurveyStatus", "Active"),
            ("Description", "Tell us how the conference went."), ("PlannerFirstName", "Grace"), ("PlannerLastName", "Hopper"),
            ("SurveyLaunchDate", launched), ("SurveyCloseDate", launched.AddDays(30)));
        Detail(SurveyObject.Descriptor, SurveyObject.AssociatedEvents, feedback, ("EventId", conference.Id));
        string[] ratings = ["Excellent", "Good", "Fair", "Poor"];
        string[] tracks = ["Opening Keynote", "Hands-on Workshop", "Morning Track A", "Morning Track B"];
        Question(feedback, "1", "RATING", "How would you rate the conference?", "Single Choice", 1, ratings);
        Question(feedback, "2", "SESSIONS", "Which sessions did you attend?", "Multiple Choice", 2, tracks);
        Question(feedback, "3", "COMMENTS", "Anything else you would like to tell us?", "Comment Box", 3);
        for (var i = 0; i < 12; i++)
        {
            var invitee = attendees[i];
            var status = i < 8 ? "Complete Response" : i < 10 ? "Partial Response" : "No Response";
            var respondent = Add(RespondentObject.Descriptor, ("SurveyId", feedback), ("ContactId", invitee.ContactId!.Value), ("Status", status),
                ("ResponseScore", i < 8 ? 10.0 - (i % 4) : 0.0));
            Add(SurveyEmailHistoryObject.Descriptor, ("SurveyId", feedback), ("RespondentId", respondent), ("ContactId", invitee.ContactId!.Value),
                ("EmailType", "Survey Invitation"), ("EmailStatus", "Sent"), ("EmailSentDate", launched.AddHours(2)), ("FromEmailAddress", "events@example.com"),
                ("ToEmailAddress", invitee.EmailAddress), ("EmailViewed", status != "No Response"), ("EmailBounced", false));
            if (status == "No Response")
            {
                continue;
            }

            var response = Add(ResponseObject.Descriptor, ("RespondentId", respondent), ("Status", status), ("ResponseNumber", (long)(i + 1)),
                ("ResponseMethod", "Online"), ("InvitedBy", "Grace Hopper"), ("CompletionDate", launched.AddDays(1).AddMinutes(17 * i)));
            Detail(ResponseObject.Descriptor, ResponseObject.SurveyDetail, response, ("QuestionCode", "RATING"), ("QuestionScore", 4m - (i % 4)));
            Detail(ResponseObject.Descriptor, ResponseObject.AnswerImport, response, ("QuestionCode", "RATING"), ("AnswerText", ratings[i % 4]));
            Detail(ResponseObject.Descriptor, ResponseObject.AnswerImport, response, ("QuestionCode", "SESSIONS"), ("AnswerText", tracks[0]));
            Detail(ResponseObject.Descriptor, ResponseObject.AnswerImport, response, ("QuestionCode", "SESSIONS"), ("AnswerText", tracks[1 + (i % 3)]));
            if (status == "Complete Response")
            {
                Detail(ResponseObject.Descriptor, ResponseObject.AnswerImport, response, ("QuestionCode", "COMMENTS"),
                    ("AnswerComment", i % 2 == 0 ? "Great talks, more coffee please." : "The workshop filled up too fast."));
            }
        }

        // Last year's follow-up survey: three complete responses.
        var followUp = Add(SurveyObject.Descriptor, ("SurveyCode", "SUM2026"), ("SurveyTitle", "Breakout Closed Summit Follow-up"), ("SurveyStatus", "Completed"),
            ("SurveyLaunchDate", summit.EndAt!.Value), ("SurveyCloseDate", summit.EndAt!.Value.AddDays(14)));
        Detail(SurveyObject.Descriptor, SurveyObject.AssociatedEvents, followUp, ("EventId", summit.Id));
        Question(followUp, "1", "AGAIN", "Would you attend again?", "Single Choice", 1, "Yes", "No");
        foreach (var (invitee, i) in alumni.Take(3).Select((a, i) => (a, i)))
        {
            var respondent = Add(RespondentObject.Descriptor, ("SurveyId", followUp), ("ContactId", invitee.ContactId!.Value), ("Status", "Complete Response"));
            var response = Add(ResponseObject.Descriptor, ("RespondentId", respondent), ("Status", "Complete Response"), ("ResponseNumber", (long)(i + 1)),
                ("ResponseMethod", "Online"), ("CompletionDate", summit.EndAt!.Value.AddDays(2 + i)));
            Detail(ResponseObject.Descriptor, ResponseObject.AnswerImport, response, ("QuestionCode", "AGAIN"), ("AnswerText", i == 2 ? "No" : "Yes"));
        }

        // The conference's invitations: the first 20 accepted invitees, one bounced, most opened.
        foreach (var (invitee, i) in attendees.Take(20).Select((a, i) => (a, i)))
        {
            Add(EventEmailHistoryObject.Descriptor, ("EventId", conference.Id), ("InviteeId", invitee.Id), ("ContactId", invitee.ContactId!.Value),
                ("EmailType", "Invitation"), ("EmailStatus", i == 19 ? "Undeliverable" : "Sent"), ("EmailSentDate", conference.StartAt!.Value.AddDays(-60)),
                ("FromEmailAddress", "events@example.com"), ("ToEmailAddress", invitee.EmailAddress), ("EmailViewed", i % 3 != 0), ("EmailBounced", i == 19));
        }

        var vip = Add(ContactGroupObject.Descriptor, ("Name", "VIP Attendees"), ("ShortDescription", "Front-row seats and the speaker dinner"), ("GroupType", "Static"));
        foreach (var invitee in attendees.Take(10))
        {
            Detail(ContactGroupObject.Descriptor, ContactGroupObject.Members, vip, ("ContactId", invitee.ContactId!.Value));
        }

        var newsletter = Add(DistributionListObject.Descriptor, ("DistributionListName", "Newsletter Subscribers"), ("Active", true), ("SecurityType", "Public"),
            ("Description", "Monthly news of Breakout events"));
        foreach (var invitee in attendees.Skip(5).Take(25))
        {
            Detail(DistributionListObject.Descriptor, DistributionListObject.Members, newsletter, ("ContactId", invitee.ContactId!.Value));
        }

        var sponsors = Add(DistributionListObject.Descriptor, ("DistributionListName", "Sponsor Contacts"), ("Active", true), ("SecurityType", "Private"),
            ("InternalNote", "Sales team only"));
        foreach (var invitee in attendees.Skip(40).Take(5))
        {
            Detail(DistributionListObject.Descriptor, DistributionListObject.Members, sponsors, ("ContactId", invitee.ContactId!.Value));
        }

        var meeting = Add(AppointmentObject.Descriptor, ("EventId", conference.Id), ("AppointmentTitle", "Sponsor meeting"), ("AppointmentType", "Meeting"),
            ("AppointmentStatus", "Scheduled"), ("AppointmentLocation", "Room 2"), ("StartDate", conference.StartAt!.Value.AddHours(3)),
            ("EndDate", conference.StartAt!.Value.AddHours(3.5)), ("CreatedBy", "grace@example.com"), ("CreatedDate", conference.StartAt!.Value.AddDays(-7)));
        Add(AppointmentAttendeeObject.Descriptor, ("AppointmentID", meeting), ("EntityType", "Invitee"), ("IsOrganizer", true), ("AppointmentAttendeeStatus", "Accepted"));
        Add(AppointmentAttendeeObject.Descriptor, ("AppointmentID", meeting), ("EntityType", "Invitee"), ("IsOrganizer", false), ("AppointmentAttendeeStatus", "Tentative"),
            ("AppointmentAttendeeNote", "Joins after the keynote"));
        return (objects, details);
    }
}
