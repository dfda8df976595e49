using System.Text.RegularExpressions;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.TestSupport;
using static Breakout.Host.Tests.ClockedServerFixture;
using static Breakout.Host.Tests.FieldsAndInvitees.FieldsServerFixture;

namespace Breakout.Host.Tests.FieldsAndInvitees;

/// <summary>UpdateInviteeInternalInfo over HTTP: answers to internal information questions, the internal note, and Cvent's CV951xx codes.</summary>
public sealed class UpdateInviteeInternalInfoTests(FieldsServerFixture fixture) : IClassFixture<FieldsServerFixture>, IAsyncLifetime
{
    private readonly CventId textQuestion = CventId.New();
    private readonly CventId choiceQuestion = CventId.New();
    private readonly string code = Unique("INT");

    private string EventId => fixture.Server.Conference.Id;

    public async ValueTask InitializeAsync()
    {
        var conference = CventId.Parse(EventId);
        var errors = await fixture.Store.ImportAsync(fixture.AccountKey, new CatalogBatch
        {
            Objects =
            [
                new CvObjectRow(EventQuestionObject.Descriptor, textQuestion, new Dictionary<string, object?>
                {
                    ["EventId"] = conference, ["QuestionText"] = "Staff notes", ["QuestionCode"] = code + "T", ["SurveyType"] = "Internal Information",
                    ["QuestionType"] = "Open Ended Text - Comment Box",
                }),
                new CvObjectRow(EventQuestionObject.Descriptor, choiceQuestion, new Dictionary<string, object?>
                {
                    ["EventId"] = conference, ["QuestionText"] = "Badge colour", ["QuestionCode"] = code + "C", ["SurveyType"] = "internal information",
                    ["QuestionType"] = "Single Choice",
                }),
            ],
            Details =
            [
                new CvDetailRow(EventQuestionObject.Descriptor, EventQuestionObject.AnswerDetail, choiceQuestion, new Dictionary<string, object?> { ["AnswerText"] = "Gold" }),
                new CvDetailRow(EventQuestionObject.Descriptor, EventQuestionObject.AnswerDetail, choiceQuestion, new Dictionary<string, object?> { ["AnswerText"] = "Silver" }),
            ],
        });
        Assert.Empty(errors);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string Body(string? eventId, params string[] answers) =>
        $"<UpdateInviteeInternalInfo xmlns=\"{Tns}\">" + (eventId is null ? "" : $"<EventId>{eventId}</EventId>") +
        $"<CvAnswers>{string.Concat(answers.Select(a => $"<CvAnswer xmlns=\"{S1}\" {a}/>"))}</CvAnswers></UpdateInviteeInternalInfo>";

    private string Invitee(int index) => fixture.Server.Conference.Invitees[index].Id;

    [Fact]
    public async Task Update_StoresAnswersAndTheNote_RetrieveShowsThem_AndGetUpdatedReportsTheInvitee()
    {
        var invitee = Invitee(10);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = fixture.Clock.GetUtcNow();

        var reply = await fixture.CallAsync("UpdateInviteeInternalInfo", Body(EventId,
            $"Id=\"{invitee}\" MessageId=\"a1\" QuestionCode=\"{code.ToLowerInvariant()}t\" Answer=\"Needs a wheelchair ramp\"",
            $"Id=\"{invitee}\" MessageId=\"a2\" QuestionID=\"{choiceQuestion}\" Answer=\"gold\"",
            $"Id=\"{invitee}\" MessageId=\"a3\" QuestionCode=\"InternalNote\" Answer=\"VIP from the board\""));

        Assert.Matches(
            $"<UpdateInviteeInternalInfoResponse xmlns=\"{Tns}\"><UpdateInviteeInternalInfoResult xmlns=\"{S1}\">" +
            $"<UpdateInviteeInternalInfoResult Id=\"{invitee}\" ReferenceId=\"a1\" Success=\"true\" />" +
            $"<UpdateInviteeInternalInfoResult Id=\"{invitee}\" ReferenceId=\"a2\" Success=\"true\" />" +
            $"<UpdateInviteeInternalInfoResult Id=\"{invitee}\" ReferenceId=\"a3\" Success=\"true\" /></UpdateInviteeInternalInfoResult></UpdateInviteeInternalInfoResponse>",
            Regex.Replace(reply.Body, @">\s+<", "><"));
        var stored = await fixture.RetrieveAsync("Invitee", invitee);
        Assert.Equal("VIP from the board", (string?)stored.Attribute("InternalNote"));
        var details = stored.Elements(SoapEnvelopes.S1 + "InternalInfoDetail").ToList();
        Assert.Equal(["Badge colour", "Staff notes"], details.Select(d => (string?)d.Attribute("QuestionText")));
        Assert.Equal(["Gold", "Needs a wheelchair ramp"], details.Select(d => d.Element(SoapEnvelopes.S1 + "AnswerText")?.Value));
        Assert.Equal([invitee], await fixture.UpdatedAsync("Invitee", since));
        var changes = await fixture.Store.ListFieldChangesAsync(fixture.AccountKey, "Invitee", CventId.Parse(invitee));
        Assert.Contains(changes, c => c is { Operation: "UpdateInviteeInternalInfo", Field: "InternalNote", OldValue: null, NewValue: "VIP from the board" });
    }

    [Fact]
    public async Task Update_AnsweringAgain_ReplacesTheAnswer()
    {
        var invitee = Invitee(11);
        await fixture.ItemsAsync("UpdateInviteeInternalInfo", Body(EventId, $"Id=\"{invitee}\" QuestionID=\"{textQuestion}\" Answer=\"First\""));
        await fixture.ItemsAsync("UpdateInviteeInternalInfo", Body(EventId, $"Id=\"{invitee}\" QuestionID=\"{textQuestion}\" Answer=\"Second\""));

        var detail = Assert.Single((await fixture.RetrieveAsync("Invitee", invitee)).Elements(SoapEnvelopes.S1 + "InternalInfoDetail"));
        Assert.Equal("Second", detail.Element(SoapEnvelopes.S1 + "AnswerText")?.Value);
    }

    [Fact]
    public async Task Update_RefusesEachBadAnswerWithCventsCode()
    {
        var invitee = Invitee(12);
        var items = await fixture.ItemsAsync("UpdateInviteeInternalInfo", Body(EventId,
            $"QuestionID=\"{textQuestion}\" Answer=\"x\"",
            $"Id=\"{Guid.NewGuid()}\" QuestionID=\"{textQuestion}\" Answer=\"x\"",
            $"Id=\"{fixture.Server.Conference.Guests[0].Id}\" QuestionID=\"{textQuestion}\" Answer=\"x\"",
            $"Id=\"{invitee}\" Answer=\"x\"",
            $"Id=\"{invitee}\" QuestionCode=\"NOPE\" Answer=\"x\"",
            $"Id=\"{invitee}\" QuestionID=\"{Guid.NewGuid()}\" Answer=\"x\"",
            $"Id=\"{invitee}\" QuestionCode=\"HEARD\" Answer=\"Email\"",
            $"Id=\"{invitee}\" QuestionID=\"{textQuestion}\" Answer=\" \"",
            $"Id=\"{invitee}\" QuestionID=\"{choiceQuestion}\" Answer=\"Bronze\"",
            $"Id=\"{invitee}\" QuestionID=\"{textQuestion}\" Answer=\"Once\"",
            $"Id=\"{invitee}\" QuestionCode=\"{code}T\" Answer=\"Twice\""));

        Assert.Equal(["CV95105", "CV84001", "CV84001", "CV95106", "CV95103", "CV95109", "CV95102", "CV95107", "BO95110", null, "CV95101"], items.Select(i => i.Code));
    }

    [Fact]
    public async Task Update_WithoutAnEventIdOrWithAnotherAccountsEvent_RefusesEveryAnswer()
    {
        var missing = await fixture.ItemsAsync("UpdateInviteeInternalInfo", Body(null, $"Id=\"{Invitee(13)}\" QuestionID=\"{textQuestion}\" Answer=\"x\""));
        var unknown = await fixture.ItemsAsync("UpdateInviteeInternalInfo", Body(Guid.NewGuid().ToString(), $"Id=\"{Invitee(13)}\" QuestionID=\"{textQuestion}\" Answer=\"x\""));
        var empty = await fixture.CallAsync("UpdateInviteeInternalInfo", Body(EventId));

        Assert.Equal(("CV95104", "CV95108", "CV20018"), (missing[0].Code, unknown[0].Code, empty.FaultCode));
    }
}
