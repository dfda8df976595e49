using Breakout.Domain;
using Breakout.Domain.Contacts;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>
/// The types of #17 part B over both stores: surveys with questions, respondents and responses; e-mail history;
/// contact groups and distribution lists; appointments. They come in by import (Cvent has no create call for them).
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Retrieve_SurveyQuestionRespondentAndResponse_FollowTheirRelations()
    {
        var tenant = await NewTenantAsync();
        var survey = await ImportSurveyAsync(tenant);

        var s = Assert.Single(await RetrieveAsync(tenant, SurveyObject.Descriptor, survey.Survey));
        var q = Assert.Single(await RetrieveAsync(tenant, SurveyQuestionObject.Descriptor, survey.Choice));
        var respondents = await RetrieveAsync(tenant, RespondentObject.Descriptor, survey.Answered, survey.Silent);
        var response = Assert.Single(await RetrieveAsync(tenant, ResponseObject.Descriptor, survey.Response));

        Assert.Equal(("SAT27", "Satisfaction", "Active"), ((string)Value(SurveyObject.Descriptor, s, "SurveyCode")!,
            (string)Value(SurveyObject.Descriptor, s, "SurveyTitle")!, (string)Value(SurveyObject.Descriptor, s, "SurveyStatus")!));
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero), Value(SurveyObject.Descriptor, s, "SurveyLaunchDate"));
        Assert.Equal([tenant.Catalog.Event.Id.ToString()], s.Details.Select(d => (string)Detail(d, "EventId")!));
        Assert.Equal(survey.Survey.ToString(), Value(SurveyQuestionObject.Descriptor, q, "SurveyId"));
        Assert.Equal("SAT27", Value(SurveyQuestionObject.Descriptor, q, "SurveyCode"));
        Assert.Equal(true, Value(SurveyQuestionObject.Descriptor, q, "IsRequired"));
        Assert.Equal(false, Value(SurveyQuestionObject.Descriptor, q, "AllowNA"));
        Assert.Equal(["Talks", "Food", "Venue"], q.Details.Where(d => d.Descriptor == SurveyQuestionObject.AnswerDetail).Select(d => (string)Detail(d, "AnswerText")!));
        Assert.Equal(["Day 1"], q.Details.Where(d => d.Descriptor == SurveyQuestionObject.RowDetail).Select(d => (string)Detail(d, "RowText")!));

        Assert.Equal(survey.Response.ToString(), Value(RespondentObject.Descriptor, respondents[0], "ResponseID"));
        Assert.Equal(SqlEmptyId, Value(RespondentObject.Descriptor, respondents[1], "ResponseID"));
        Assert.Equal(("Ada", "Complete Response", 7.5m), ((string)Value(RespondentObject.Descriptor, respondents[0], "FirstName")!,
            (string)Value(RespondentObject.Descriptor, respondents[0], "Status")!, (decimal)Value(RespondentObject.Descriptor, respondents[0], "ResponseScore")!));
        Assert.Equal("No Response", Value(RespondentObject.Descriptor, respondents[1], "Status"));

        var r = ResponseObject.Descriptor;
        Assert.Equal((survey.Survey.ToString(), survey.Ada.ToString(), "Complete Response"),
            ((string)Value(r, response, "SurveyId")!, (string)Value(r, response, "ContactId")!, (string)Value(r, response, "Status")!));
        Assert.Equal(survey.Response.ToString(), Value(r, response, "ResponseID"));
        Assert.Equal(("ada@example.com", 12L), ((string)Value(r, response, "EmailAddress")!, (long)Value(r, response, "ResponseNumber")!));
        Assert.Equal(new DateTimeOffset(2027, 6, 17, 10, 30, 0, TimeSpan.Zero), Value(r, response, "CompletionDate"));
        Assert.Equal(Fixture.Clock.GetUtcNow(), Value(r, response, "LastModifiedDate"));
        Assert.Equal(2, response.Details.Count);
        var (choice, comment) = (response.Details[0], response.Details[1]);
        Assert.Equal(("What did you like?", 4L, 3m, "Q1"), ((string)Detail(choice, "QuestionText")!, (long)Detail(choice, "QuestionType")!,
            (decimal)Detail(choice, "QuestionScore")!, (string)Detail(choice, "QuestionCode")!));
        Assert.Equal(["Talks", "Venue"], choice.Nested.Select(a => (string)Detail(a, "AnswerText")!));
        Assert.Null(Detail(choice.Nested[0], "AnswerComment"));
        Assert.Equal((0L, 0m), ((long)Detail(comment, "QuestionType")!, (decimal)Detail(comment, "QuestionScore")!));
        Assert.Equal("More coffee", Detail(Assert.Single(comment.Nested), "AnswerComment"));
    }

    [Fact]
    public async Task SearchAndGetUpdated_SurveyObjects_UseTheirSearchableFieldsAndTheirOwnChanges()
    {
        var tenant = await NewTenantAsync();
        var survey = await ImportSurveyAsync(tenant);
        var start = Fixture.Clock.GetUtcNow();

        Assert.Equal([survey.Response.ToString()], await SearchAsync(tenant, ResponseObject.Descriptor, false,
            ("SurveyId", CvSearchOperator.EqualTo, [survey.Survey.ToString().ToLowerInvariant()]), ("Status", CvSearchOperator.EqualTo, ["complete response"])));
        Assert.Empty(await SearchAsync(tenant, ResponseObject.Descriptor, false, ("CompletionDate", CvSearchOperator.LessThan, ["2027-06-17T10:30:00"])));
        Assert.Equal([survey.Silent.ToString()], await SearchAsync(tenant, RespondentObject.Descriptor, false, ("ContactId", CvSearchOperator.EqualTo, [survey.Bob.ToString()])));
        Assert.Equal([survey.Survey.ToString()], await SearchAsync(tenant, SurveyObject.Descriptor, false, ("SurveyTitle", CvSearchOperator.Contains, ["FACTION"])));
        Assert.Equal(Sorted(survey.Choice.ToString(), survey.Comment.ToString()), await SearchAsync(tenant, SurveyQuestionObject.Descriptor, false,
            ("SurveyId", CvSearchOperator.EqualTo, [survey.Survey.ToString()])));
        Assert.Equal([survey.Email.ToString()], await SearchAsync(tenant, SurveyEmailHistoryObject.Descriptor, false,
            ("RespondentId", CvSearchOperator.EqualTo, [survey.Silent.ToString()])));

        Fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var changed = Fixture.Clock.GetUtcNow();
        Assert.Empty(await Store.GetUpdatedAsync(tenant.Account.Key, ResponseObject.Descriptor, changed, changed.AddMinutes(1), 100, Ct));
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Objects = [ResponseRow(survey, "Partial Response")] }, Ct));

        Assert.Equal([survey.Response.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, ResponseObject.Descriptor, changed, changed.AddMinutes(1), 100, Ct));
        Assert.Empty(await Store.GetUpdatedAsync(tenant.Account.Key, ResponseObject.Descriptor, start, changed, 100, Ct));
        Assert.Equal([survey.Survey.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, SurveyObject.Descriptor,
            new DateTimeOffset(2027, 6, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 6, 1, 8, 1, 0, TimeSpan.Zero), 100, Ct));
        Assert.Equal("Partial Response", Value(RespondentObject.Descriptor, Assert.Single(await RetrieveAsync(tenant, RespondentObject.Descriptor, survey.Answered)), "Status"));
        Assert.Equal(2, Assert.Single(await RetrieveAsync(tenant, ResponseObject.Descriptor, survey.Response)).Details.Count);
    }

    [Fact]
    public async Task Import_ObjectRows_ReportMissingRelationsAndUnknownFields_AndStayInTheirAccount()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var survey = await ImportSurveyAsync(tenant);
        var (question, list, appointment, group) = (CventId.New(), CventId.New(), CventId.New(), CventId.New());

        var errors = await Store.ImportAsync(other.Account.Key, new CatalogBatch
        {
            Objects =
            [
                Row(CvObjectType.SurveyQuestion, question, ("SurveyId", survey.Survey.ToString())),
                Row(CvObjectType.DistributionList, list, ("DistributionListName", "VIP")),
                Row(CvObjectType.Appointment, appointment, ("AppointmentTitle", "No event")),
            ],
            Details = [.. Members(CvObjectType.DistributionList, list, survey.Ada), .. Members(CvObjectType.ContactGroup, group, other.Catalog.Accepted[0].Id)],
        }, Ct);

        Assert.Equal(
            [$"Survey {survey.Survey} does not exist.", "EventId is missing.", $"Contact {survey.Ada} does not exist.", $"ContactGroup {group} does not exist."],
            errors.Select(e => e.Message));
        Assert.Equal(["surveyquestion", "appointment", "distributionlist.members", "contactgroup.members"], errors.Select(e => e.Kind));
        Assert.Empty(await RetrieveAsync(other, SurveyObject.Descriptor, survey.Survey));
        Assert.Empty(await RetrieveAsync(other, ResponseObject.Descriptor, survey.Response));
        Assert.Empty(await SearchAsync(other, RespondentObject.Descriptor, false));
        Assert.Empty(await Store.GetUpdatedAsync(other.Account.Key, SurveyEmailHistoryObject.Descriptor, DateTimeOffset.UnixEpoch, Fixture.Clock.GetUtcNow().AddDays(1), 100, Ct));
    }

    [Fact]
    public async Task DeleteContact_LeavesItsContactGroupsAndDistributionLists()
    {
        var tenant = await NewTenantAsync();
        var (ada, bob) = (CventId.New(), CventId.New());
        var (group, list) = (CventId.New(), CventId.New());
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Contacts = [new ContactRecord(ada, "Ada", "Lovelace", "ada@example.com", "Engines"), new ContactRecord(bob, "Bob", "Babbage", "bob@example.com", "Engines")],
            Objects =
            [
                Row(CvObjectType.ContactGroup, group, ("Name", "Speakers"), ("GroupType", "Static")),
                Row(CvObjectType.DistributionList, list, ("DistributionListName", "Newsletter")),
            ],
            Details = [.. Members(CvObjectType.ContactGroup, group, ada, bob), .. Members(CvObjectType.DistributionList, list, bob)],
        }, Ct));
        Assert.Equal(Sorted(ada.ToString(), bob.ToString()), await Store.GetListMembersAsync(tenant.Account.Key, CvObjectType.ContactGroup, group, Ct));

        var deleted = await Store.DeleteContactsAsync(new DeleteContactsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), [new ObjectItem(bob.ToString(), null)]), Ct);

        Assert.True(Assert.Single(deleted).Success);
        Assert.Equal([ada.ToString()], await Store.GetListMembersAsync(tenant.Account.Key, CvObjectType.ContactGroup, group, Ct));
        Assert.Equal([], await Store.GetListMembersAsync(tenant.Account.Key, CvObjectType.DistributionList, list, Ct));
        Assert.Null(await Store.GetListMembersAsync(tenant.Account.Key, CvObjectType.DistributionList, group, Ct));
        var d = DistributionListObject.Descriptor;
        var retrieved = Assert.Single(await RetrieveAsync(tenant, d, list));
        Assert.Equal(("Newsletter", true, "Public"), ((string)Value(d, retrieved, "DistributionListName")!, (bool)Value(d, retrieved, "Active")!, (string)Value(d, retrieved, "SecurityType")!));
        Assert.Equal("Static", Value(ContactGroupObject.Descriptor, Assert.Single(await RetrieveAsync(tenant, ContactGroupObject.Descriptor, group)), "GroupType"));
        Assert.Equal([group.ToString()], await SearchAsync(tenant, ContactGroupObject.Descriptor, false));
    }

    [Fact]
    public async Task Retrieve_EmailHistoryAndAppointments_CarryTheirRelations()
    {
        var tenant = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[0];
        var (mail, appointment, attendee) = (CventId.New(), CventId.New(), CventId.New());
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Objects =
            [
                Row(CvObjectType.EventEmailHistory, mail, ("EventId", tenant.Catalog.Event.Id.ToString()), ("InviteeId", invitee.Id.ToString()),
                    ("EmailType", "Invitation"), ("EmailSentDate", "2027-05-01T09:00:00"), ("EmailViewed", "true"), ("ToEmailAddress", invitee.EmailAddress)),
                Row(CvObjectType.AppointmentAttendee, attendee, ("AppointmentID", appointment.ToString()), ("EntityType", "Invitee"), ("IsOrganizer", "1")),
                Row(CvObjectType.Appointment, appointment, ("EventId", tenant.Catalog.Event.Id.ToString()), ("AppointmentTitle", "Sponsor meeting"),
                    ("StartDate", "2027-06-14T13:00:00"), ("EndDate", "2027-06-14T13:30:00")),
            ],
        }, Ct));

        var history = Assert.Single(await RetrieveAsync(tenant, EventEmailHistoryObject.Descriptor, mail));
        var a = Assert.Single(await RetrieveAsync(tenant, AppointmentObject.Descriptor, appointment));
        var t = Assert.Single(await RetrieveAsync(tenant, AppointmentAttendeeObject.Descriptor, attendee));

        var e = EventEmailHistoryObject.Descriptor;
        Assert.Equal((tenant.Catalog.Event.Id.ToString(), invitee.Id.ToString(), SqlEmptyId, true, false), ((string)Value(e, history, "EventId")!,
            (string)Value(e, history, "InviteeId")!, (string)Value(e, history, "ContactId")!, (bool)Value(e, history, "EmailViewed")!, (bool)Value(e, history, "EmailBounced")!));
        Assert.Equal(new DateTimeOffset(2027, 5, 1, 9, 0, 0, TimeSpan.Zero), Value(e, history, "EmailSentDate"));
        Assert.Equal(("Sponsor meeting", tenant.Catalog.Event.Id.ToString()), ((string)Value(AppointmentObject.Descriptor, a, "AppointmentTitle")!,
            (string)Value(AppointmentObject.Descriptor, a, "EventId")!));
        Assert.Equal((appointment.ToString(), true), ((string)Value(AppointmentAttendeeObject.Descriptor, t, "AppointmentID")!,
            (bool)Value(AppointmentAttendeeObject.Descriptor, t, "IsOrganizer")!));
        Assert.Equal([attendee.ToString()], await SearchAsync(tenant, AppointmentAttendeeObject.Descriptor, false, ("AppointmentID", CvSearchOperator.EqualTo, [appointment.ToString()])));
        Assert.Equal([appointment.ToString()], await Store.GetUpdatedAsync(tenant.Account.Key, AppointmentObject.Descriptor,
            Fixture.Clock.GetUtcNow(), Fixture.Clock.GetUtcNow().AddMinutes(1), 100, Ct));
    }

    /// <summary>The IDs of a survey imported with two questions, two respondents, one response and one e-mail.</summary>
    private sealed record SurveyIds(CventId Survey, CventId Choice, CventId Comment, CventId Ada, CventId Bob, CventId Answered, CventId Silent, CventId Response, CventId Email);

    private async Task<SurveyIds> ImportSurveyAsync(Tenant tenant)
    {
        var ids = new SurveyIds(CventId.New(), CventId.New(), CventId.New(), CventId.New(), CventId.New(), CventId.New(), CventId.New(), CventId.New(), CventId.New());
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Contacts = [new ContactRecord(ids.Ada, "Ada", "Lovelace", "ada@example.com", "Engines"), new ContactRecord(ids.Bob, "Bob", "Babbage", "bob@example.com", "Engines")],
            Objects =
            [
                // Children before parents on purpose: the import orders them.
                ResponseRow(ids, "Complete Response"),
                Row(CvObjectType.SurveyEmailHistory, ids.Email, ("SurveyId", ids.Survey.ToString()), ("RespondentId", ids.Silent.ToString()), ("ContactId", ids.Bob.ToString()),
                    ("EmailType", "Reminder")),
                Row(CvObjectType.Respondent, ids.Answered, ("SurveyId", ids.Survey.ToString()), ("ContactId", ids.Ada.ToString()), ("ResponseScore", "7.5")),
                Row(CvObjectType.Respondent, ids.Silent, ("SurveyId", ids.Survey.ToString()), ("ContactId", ids.Bob.ToString())),
                Row(CvObjectType.SurveyQuestion, ids.Choice, ("SurveyId", ids.Survey.ToString()), ("QuestionText", "What did you like?"), ("QuestionCode", "Q1"),
                    ("QuestionType", "Multiple Choice"), ("QuestionTypeCode", "4"), ("IsRequired", "true")),
                Row(CvObjectType.SurveyQuestion, ids.Comment, ("SurveyId", ids.Survey.ToString()), ("QuestionText", "Anything else?"), ("QuestionCode", "Q2")),
                Row(CvObjectType.Survey, ids.Survey, ("SurveyCode", "SAT27"), ("SurveyTitle", "Satisfaction"), ("SurveyStatus", "Active"),
                    ("SurveyLaunchDate", "2027-06-01T08:00:00")),
            ],
            Details =
            [
                DetailRow(CvObjectType.Survey, SurveyObject.AssociatedEvents, ids.Survey, ("EventId", tenant.Catalog.Event.Id.ToString())),
                DetailRow(CvObjectType.SurveyQuestion, SurveyQuestionObject.AnswerDetail, ids.Choice, ("AnswerText", "Talks")),
                DetailRow(CvObjectType.SurveyQuestion, SurveyQuestionObject.AnswerDetail, ids.Choice, ("AnswerText", "Food")),
                DetailRow(CvObjectType.SurveyQuestion, SurveyQuestionObject.AnswerDetail, ids.Choice, ("AnswerText", "Venue")),
                DetailRow(CvObjectType.SurveyQuestion, SurveyQuestionObject.AnswerDetail, ids.Choice, ("AnswerText", "Talks")),
                DetailRow(CvObjectType.SurveyQuestion, SurveyQuestionObject.RowDetail, ids.Choice, ("RowText", "Day 1")),
                DetailRow(CvObjectType.Response, ResponseObject.SurveyDetail, ids.Response, ("QuestionCode", "Q1"), ("QuestionScore", "3")),
                DetailRow(CvObjectType.Response, ResponseObject.AnswerImport, ids.Response, ("QuestionCode", "Q1"), ("AnswerText", "Talks")),
                DetailRow(CvObjectType.Response, ResponseObject.AnswerImport, ids.Response, ("QuestionCode", "Q1"), ("AnswerText", "Venue")),
                DetailRow(CvObjectType.Response, ResponseObject.AnswerImport, ids.Response, ("QuestionCode", "Q2"), ("AnswerComment", "More coffee")),
                DetailRow(CvObjectType.Response, ResponseObject.AnswerImport, ids.Response, ("QuestionCode", "Q1"), ("AnswerText", "Venue")),
            ],
        }, Ct));
        return ids;
    }

    /// <summary>The response of the first respondent.</summary>
    private static CvObjectRow ResponseRow(SurveyIds ids, string status) =>
        Row(CvObjectType.Response, ids.Response, ("RespondentId", ids.Answered.ToString()), ("Status", status), ("CompletionDate", "2027-06-17T10:30:00"),
            ("ResponseNumber", "12"));

    /// <summary>An object row of a served type, its values given as wire text and typed by the type's fields.</summary>
    private static CvObjectRow Row(CvObjectType type, CventId id, params (string Name, string Value)[] values)
    {
        var descriptor = CvObjectCatalogue.Find(type)!;
        return new CvObjectRow(descriptor, id, Typed(descriptor.Fields.Concat(descriptor.ImportFields), values));
    }

    private static CvDetailRow DetailRow(CvObjectType type, CvDetailDescriptor detail, CventId parent, params (string Name, string Value)[] values) =>
        new(CvObjectCatalogue.Find(type)!, detail, parent, Typed(detail.Fields, values));

    private static Dictionary<string, object?> Typed(IEnumerable<CvField> fields, (string Name, string Value)[] values)
    {
        var byName = fields.ToDictionary(f => f.Name);
        return values.ToDictionary(v => v.Name, v => CvValues.TryParse(byName[v.Name].Type, v.Value, out var typed) ? typed : throw new ArgumentException(v.Value));
    }

    private static IEnumerable<CvDetailRow> Members(CvObjectType type, CventId list, params CventId[] contacts) =>
        contacts.Select(c => DetailRow(type, type == CvObjectType.ContactGroup ? ContactGroupObject.Members : DistributionListObject.Members, list, ("ContactId", c.ToString())));
}
