using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Domain.Surveys;

namespace Breakout.Storage.Tests;

/// <summary>CreateSurveyAnswer and CreatePostEventFeedback (issue #18): respondents and responses, validation, isolation, concurrency.</summary>
public abstract partial class StoreContractTests
{
    private Task<IReadOnlyList<ItemResult>> AnswerAsync(Tenant tenant, CventId survey, string status, params AnswerInput[] items) =>
        Store.CreateSurveyAnswersAsync(new SurveyAnswersCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), "CreateSurveyAnswer", survey.ToString(), null, status, items), Ct);

    private static AnswerInput Said(CventId who, string code, string answer, string? transactionId = null) => new("m", who.ToString(), transactionId, null, code, answer);

    [Fact]
    public async Task SurveyAnswers_GiveASilentRespondentItsResponse_CreateRespondentsForNewContacts_AndRefuseMatrixQuestions()
    {
        var tenant = await NewTenantAsync();
        var ids = await ImportSurveyAsync(tenant);
        var carol = new ContactRecord(CventId.New(), "Carol", "Shaw", "carol@example.com", "Games");
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Contacts = [carol] }, Ct));
        Fixture.Clock.Advance(TimeSpan.FromHours(1));
        var at = Fixture.Clock.GetUtcNow();

        var results = await AnswerAsync(tenant, ids.Survey, "Partial Response", Said(ids.Bob, "q2", "Good venue"), Said(ids.Bob, "Q1", "Talks"), Said(carol.Id, "Q2", "Fine"));

        Assert.Equal([null, CventErrors.InvalidSurveyQuestionType, null], results.Select(r => r.Error));
        var silent = Assert.Single(await RetrieveAsync(tenant, RespondentObject.Descriptor, ids.Silent));
        Assert.Equal(results[0].Id, Value(RespondentObject.Descriptor, silent, "ResponseID"));
        Assert.Equal("Partial Response", Value(RespondentObject.Descriptor, silent, "Status"));
        var response = Assert.Single(await RetrieveAsync(tenant, ResponseObject.Descriptor, CventId.Parse(results[0].Id!)));
        Assert.Equal("Good venue", Detail(Assert.Single(Assert.Single(response.Details).Nested), "AnswerText"));
        Assert.Null(Value(ResponseObject.Descriptor, response, "CompletionDate"));
        var carols = await SearchAsync(tenant, RespondentObject.Descriptor, false, ("ContactId", CvSearchOperator.EqualTo, [carol.Id.ToString()]));
        Assert.Single(carols);
        var updated = await Store.GetUpdatedAsync(tenant.Account.Key, ResponseObject.Descriptor, at, at.AddSeconds(1), 100, Ct);
        Assert.Equal(new[] { results[0].Id!, results[2].Id! }.Order(), updated.Order());
    }

    [Fact]
    public async Task SurveyAnswers_NamingAnotherTenantsSurveyOrContact_FailAndWriteNothing()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var ours = await ImportSurveyAsync(tenant);
        var theirs = await ImportSurveyAsync(other);

        Assert.Equal(CventErrors.InvalidActivityId, Assert.Single(await AnswerAsync(tenant, theirs.Survey, "Complete Response", Said(ours.Bob, "Q2", "x"))).Error);
        Assert.Equal(CventErrors.ContactDoesNotExist, Assert.Single(await AnswerAsync(tenant, ours.Survey, "Complete Response", Said(theirs.Bob, "Q2", "x"))).Error);
        Assert.Equal(CventErrors.QuestionIdNotInSurvey, Assert.Single(await AnswerAsync(tenant, ours.Survey, "Complete Response",
            new AnswerInput("m", ours.Bob.ToString(), null, theirs.Comment.ToString(), null, "x"))).Error);
        var feedback = await Store.CreateSurveyAnswersAsync(new SurveyAnswersCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), "CreatePostEventFeedback", null,
            other.Catalog.Event.Id.ToString(), "Complete Response", [new AnswerInput("m", other.Catalog.Accepted[0].Id.ToString(), null, null, "Q2", "x")]), Ct);
        Assert.Equal(CventErrors.InvalidEventId, Assert.Single(feedback).Error);
        Assert.Empty(await SearchAsync(other, RespondentObject.Descriptor, false, ("ContactId", CvSearchOperator.EqualTo, [ours.Bob.ToString()])));
        Assert.Single(await SearchAsync(tenant, RespondentObject.Descriptor, false, ("ContactId", CvSearchOperator.EqualTo, [ours.Bob.ToString()])));
    }

    [Fact]
    public async Task ConcurrentAnswers_OfOneNewContact_MakeOneRespondentWithOneResponse()
    {
        var tenant = await NewTenantAsync();
        var ids = await ImportSurveyAsync(tenant);
        var dan = new ContactRecord(CventId.New(), "Dan", "Bricklin", "dan@example.com", "Sheets");
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Contacts = [dan] }, Ct));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => AnswerAsync(tenant, ids.Survey, "Complete Response", Said(dan.Id, "Q2", $"answer {i}"))));

        Assert.All(results, r => Assert.Null(r[0].Error));
        var response = Assert.Single(results.Select(r => r[0].Id).Distinct())!;
        Assert.Single(await SearchAsync(tenant, RespondentObject.Descriptor, false, ("ContactId", CvSearchOperator.EqualTo, [dan.Id.ToString()])));
        var found = Assert.Single(await RetrieveAsync(tenant, ResponseObject.Descriptor, CventId.Parse(response)));
        Assert.Equal(8, Assert.Single(found.Details).Nested.Count);
        Assert.Empty(await Store.VerifyAsync(Ct));
    }
}
