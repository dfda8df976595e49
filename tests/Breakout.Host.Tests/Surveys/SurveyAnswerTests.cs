using System.Xml.Linq;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;
using ItemResult = Breakout.TestSupport.ItemResult;

namespace Breakout.Host.Tests.Surveys;

/// <summary>CreateSurveyAnswer and CreatePostEventFeedback over raw SOAP, against the demo's feedback surveys.</summary>
public sealed class SurveyAnswerTests : OwnServerTests
{
    private string FeedbackSurvey => Server.Manifest.Objects.First(o => o.Type == "Survey").Id;

    private static string Answer(string id, string? code, string? answer, string messageId = "m", string extra = "") =>
        $"<CvAnswer MessageId=\"{messageId}\" Id=\"{id}\"" + (code is null ? "" : $" QuestionCode=\"{code}\"") + (answer is null ? "" : $" Answer=\"{answer}\"") + $" {extra}/>";

    private Task<SoapReply> SendSurvey(string surveyId, string status, params string[] answers) =>
        Server.CallAsync(Token, "CreateSurveyAnswer",
            $"<CreateSurveyAnswer xmlns=\"{Tns}\"><SurveyId>{surveyId}</SurveyId><RespondentStatus>{status}</RespondentStatus><CvAnswers>{string.Concat(answers)}</CvAnswers></CreateSurveyAnswer>");

    private Task<SoapReply> SendFeedback(string eventId, params string[] answers) =>
        Server.CallAsync(Token, "CreatePostEventFeedback",
            $"<CreatePostEventFeedback xmlns=\"{Tns}\"><EventId>{eventId}</EventId><CvAnswers>{string.Concat(answers)}</CvAnswers></CreatePostEventFeedback>");

    private static IReadOnlyList<ItemResult> Results(SoapReply reply, string operation)
    {
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + (operation + "Result")).Where(e => e.Parent?.Name == s1 + (operation + "Result")).Select(e => new ItemResult(
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Element(s1 + "Errors")?.Element(s1 + "Error")?.Attribute("Code"), (string?)e.Element(s1 + "Errors")?.Element(s1 + "Error")?.Attribute("Description")))];
    }

    private async Task<(IBreakoutStore Store, long Account)> StoreAsync()
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        return (store, (await store.FindAccountAsync(Server.Manifest.AccountNumber))!.Key);
    }

    private async Task<string> Contact()
    {
        var (store, account) = await StoreAsync();
        var contact = new ContactRecord(CventId.New(), "Ada", "Lovelace", $"ada.{Guid.NewGuid():N}@example.com", "Analytical Engines");
        Assert.Empty(await store.ImportAsync(account, new CatalogBatch { Contacts = [contact] }));
        return contact.Id.ToString();
    }

    private async Task<string> InviteeWithContact(string eventId)
    {
        var (store, account) = await StoreAsync();
        var contact = CventId.Parse(await Contact());
        var invitee = new InviteeRecord(CventId.New(), CventId.Parse(eventId), contact, "FB-" + Guid.NewGuid().ToString("N")[..6], InviteeStatus.Accepted, "Ada", "Lovelace", "ada@example.com");
        Assert.Empty(await store.ImportAsync(account, new CatalogBatch { Invitees = [invitee] }));
        return invitee.Id.ToString();
    }

    private async Task<XElement> Response(string id) => Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Response", id))));

    private static IReadOnlyList<(string? Code, string[] Answers, string[] Others)> Details(XElement response)
    {
        var s1 = SoapEnvelopes.S1;
        return [.. response.Elements(s1 + "SurveyDetail").Select(d => ((string?)d.Element(s1 + "QuestionCode"),
            d.Elements(s1 + "Answer").Select(a => (string?)a.Element(s1 + "AnswerText") ?? "").ToArray(),
            d.Elements(s1 + "Answer").Select(a => (string?)a.Element(s1 + "AnswerOther") ?? "").ToArray()))];
    }

    [Fact]
    public async Task ANewContact_BecomesARespondentWithOneResponse_HoldingTheAnswersInQuestionOrder()
    {
        var contact = await Contact();
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var results = Results(await SendSurvey(FeedbackSurvey, "Complete Response",
            Answer(contact, "COMMENTS", "More coffee", "c"),
            Answer(contact, "rating", "good", "r"),
            Answer(contact, "SESSIONS", "Opening Keynote", "s1"),
            Answer(contact, "SESSIONS", "Morning Track A", "s2")), "CreateSurveyAnswer");

        Assert.All(results, r => Assert.True(r.Success, r.ErrorCode));
        Assert.Equal(["c", "r", "s1", "s2"], results.Select(r => r.ReferenceId));
        var responseId = Assert.Single(results.Select(r => r.Id).Distinct())!;
        var response = await Response(responseId);
        Assert.Equal(FeedbackSurvey, (string?)response.Attribute("SurveyId"));
        Assert.Equal(contact, (string?)response.Attribute("ContactId"));
        Assert.Equal("Complete Response", (string?)response.Attribute("Status"));
        Assert.NotNull((string?)response.Attribute("CompletionDate"));
        var details = Details(response);
        Assert.Equal(["RATING", "SESSIONS", "COMMENTS"], details.Select(d => d.Code));
        Assert.Equal(["Good"], details[0].Answers);
        Assert.Equal(["Opening Keynote", "Morning Track A"], details[1].Answers);
        Assert.Equal(["More coffee"], details[2].Answers);
        var updated = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Response", Gmt(before), Gmt(DateTimeOffset.UtcNow.AddMinutes(5)))), "GetUpdated");
        Assert.Contains(responseId, updated);
        var respondents = Ids(await Server.CallAsync(Token, "Search", Search("Respondent", "AndSearch", Filter("ContactId", "Equals", contact))), "Search");
        var respondent = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Respondent", Assert.Single(respondents)))));
        Assert.Equal((responseId, "Complete Response"), ((string?)respondent.Attribute("ResponseID"), (string?)respondent.Attribute("Status")));
        Assert.Contains(respondents[0], Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Respondent", Gmt(before), Gmt(DateTimeOffset.UtcNow.AddMinutes(5)))), "GetUpdated"));
    }

    [Fact]
    public async Task AnswersAgain_GoToTheSameResponse_AndTheSameAnswerTwiceIsKeptOnce()
    {
        var contact = await Contact();

        var first = Results(await SendSurvey(FeedbackSurvey, "Partial Response", Answer(contact, "SESSIONS", "Morning Track B")), "CreateSurveyAnswer");
        var second = Results(await SendSurvey(FeedbackSurvey, "Complete Response", Answer(contact, "SESSIONS", "Morning Track B"), Answer(contact, "SESSIONS", "Morning Track A")), "CreateSurveyAnswer");

        Assert.Equal(first[0].Id, second[0].Id);
        var response = await Response(first[0].Id!);
        Assert.Equal(["Morning Track B", "Morning Track A"], Details(response).Single().Answers);
        Assert.Equal("Complete Response", (string?)response.Attribute("Status"));
    }

    [Fact]
    public async Task Errors_ArePerItem_InOrder()
    {
        var (contact, other, third, fourth) = (await Contact(), await Contact(), await Contact(), await Contact());
        var otherSurveysQuestion = Server.Manifest.Objects.Where(o => o.Type == "SurveyQuestion").Select(o => o.Id).ToList();
        Assert.True(Results(await SendSurvey(FeedbackSurvey, "Complete Response", Answer(other, "RATING", "Fair", extra: "TransactionID=\"T-OTHER\"")), "CreateSurveyAnswer")[0].Success);
        Assert.True(Results(await SendSurvey(FeedbackSurvey, "Complete Response", Answer(third, "RATING", "Fair", extra: "TransactionID=\"T-THIRD\"")), "CreateSurveyAnswer")[0].Success);

        var results = Results(await SendSurvey(FeedbackSurvey, "Complete Response",
            Answer("not-a-guid", "RATING", "Good", "malformed"),
            Answer(Guid.NewGuid().ToString(), "RATING", "Good", "unknown"),
            Answer(contact, null, "Good", "no-question"),
            Answer(contact, "NOPE", "Good", "unknown-code"),
            Answer(contact, null, "Good", "other-survey", $"QuestionID=\"{otherSurveysQuestion[^1]}\""),
            Answer(contact, null, "Good", "unknown-id", $"QuestionID=\"{Guid.NewGuid()}\""),
            Answer(contact, "RATING", "Superb", "not-a-choice"),
            Answer(contact, "COMMENTS", "", "empty"),
            Answer(fourth, "RATING", "Good", "taken", "TransactionID=\"T-OTHER\""),
            Answer(third, "RATING", "Good", "mismatch", "TransactionID=\"T-ELSE\""),
            Answer(third, "RATING", "Good", "same", "TransactionID=\"T-THIRD\""),
            Answer(contact, null, "Excellent", "by-id", $"QuestionID=\"{otherSurveysQuestion[0]}\"")), "CreateSurveyAnswer");

        Assert.Equal(["CV50101", "CV50103", "CV99614", "CV99611", "CV99615", "CV99615", "BO99601", "BO99601", "CV50107", "CV50108", null, null],
            results.Select(r => r.ErrorCode));
        Assert.All(results.Where(r => !r.Success), r => Assert.Null(r.Id));
        Assert.Equal("Question Code does not exist for this Survey", results[3].ErrorDescription);
    }

    [Fact]
    public async Task AStatusWithoutAResponse_OrAnUnknownSurvey_FailsEveryItem_AndABadStatusFaults()
    {
        var contact = await Contact();

        Assert.Equal(["CV99612", "CV99612"], Results(await SendSurvey(FeedbackSurvey, "Visited", Answer(contact, "RATING", "Good"), Answer(contact, "RATING", "Fair")), "CreateSurveyAnswer").Select(r => r.ErrorCode));
        Assert.Equal("CV99612", Results(await SendSurvey(FeedbackSurvey, "No Response", Answer(contact, "RATING", "Good")), "CreateSurveyAnswer")[0].ErrorCode);
        Assert.Equal("CV50105", Results(await SendSurvey(Guid.NewGuid().ToString(), "Complete Response", Answer(contact, "RATING", "Good")), "CreateSurveyAnswer")[0].ErrorCode);
        var bad = await SendSurvey(FeedbackSurvey, "Done", Answer(contact, "RATING", "Good"));
        Assert.Equal("CV10001", bad.FaultCode?.Split(':')[^1]);
        Assert.Contains("RespondentStatus", bad.FaultDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAnswers_OrMoreThan200_FaultTheCall()
    {
        var contact = await Contact();

        Assert.Equal("CV20018", (await SendSurvey(FeedbackSurvey, "Complete Response")).FaultCode?.Split(':')[^1]);
        Assert.Equal("CV20021", (await SendSurvey(FeedbackSurvey, "Complete Response", [.. Enumerable.Range(0, 201).Select(i => Answer(contact, "COMMENTS", $"c{i}"))])).FaultCode?.Split(':')[^1]);
        Assert.Equal("CV20018", (await SendFeedback(Server.Conference.Id)).FaultCode?.Split(':')[^1]);
        Assert.Equal(200, Results(await SendSurvey(FeedbackSurvey, "Complete Response", [.. Enumerable.Range(0, 200).Select(i => Answer(contact, "COMMENTS", $"c{i}"))]), "CreateSurveyAnswer").Count(r => r.Success));
    }

    [Fact]
    public async Task PostEventFeedback_AnswersTheEventsFeedbackSurvey_ForItsInvitees()
    {
        var invitee = await InviteeWithContact(Server.Conference.Id);
        var summitInvitee = await InviteeWithContact(Server.Manifest.Events[1].Id);
        var (store, account) = await StoreAsync();
        var bare = new EventRecord(CventId.New(), "No Survey Day", "NSD1", EventStatus.Active, DateTimeOffset.UtcNow.AddDays(10), DateTimeOffset.UtcNow.AddDays(11), "UTC");
        Assert.Empty(await store.ImportAsync(account, new CatalogBatch { Events = [bare] }));

        var results = Results(await SendFeedback(Server.Conference.Id,
            Answer(invitee, "RATING", "Excellent", "ok"),
            Answer(summitInvitee, "RATING", "Excellent", "other-event"),
            Answer(Server.Conference.Guests[0].Id, "RATING", "Excellent", "guest"),
            Answer("junk", "RATING", "Excellent", "malformed")), "CreatePostEventFeedback");

        Assert.Equal([null, "CV84001", "CV84001", "CV84001"], results.Select(r => r.ErrorCode));
        var response = await Response(results[0].Id!);
        Assert.Equal((FeedbackSurvey, "Complete Response"), ((string?)response.Attribute("SurveyId"), (string?)response.Attribute("Status")));
        Assert.Equal(["Excellent"], Details(response).Single().Answers);
        Assert.Equal("BO99602", Results(await SendFeedback(bare.Id.ToString(), Answer(invitee, "RATING", "Good")), "CreatePostEventFeedback")[0].ErrorCode);
        Assert.Equal("CV70109", Results(await SendFeedback(Guid.NewGuid().ToString(), Answer(invitee, "RATING", "Good")), "CreatePostEventFeedback")[0].ErrorCode);
    }
}
