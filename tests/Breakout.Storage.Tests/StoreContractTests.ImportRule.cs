using Breakout.Domain;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Tests;

/// <summary>
/// One import rule for every kind, on both stores: a row naming a row the account does not have, or leaving out what
/// names it, is refused with the same-shaped error, whether it is a registration kind (an invitee), a #17 part B object
/// (a survey response) or one of their details (a list member, a response's answer), which once had a path of their own.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Import_InviteeResponseAndListMember_NamingARowTheAccountDoesNotHave_AreRefusedAlike()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var survey = await ImportSurveyAsync(other);
        var (invitee, response, list, missing) = (CventId.New(), CventId.New(), CventId.New(), CventId.New());

        var errors = await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Invitees = [new InviteeRecord(invitee, missing, null, "CN-RULE", InviteeStatus.Accepted, "", "", "")],
            Objects = [Row(CvObjectType.Response, response, ("RespondentId", survey.Answered.ToString())), Row(CvObjectType.DistributionList, list, ("DistributionListName", "Rule"))],
            Details = [.. Members(CvObjectType.DistributionList, list, survey.Ada)],
        }, Ct);

        Assert.Equal(
        [
            ("invitee", invitee.ToString(), $"Event {missing} does not exist."),
            ("response", response.ToString(), $"Respondent {survey.Answered} does not exist."),
            ("distributionlist.members", $"{list}/{survey.Ada}", $"Contact {survey.Ada} does not exist."),
        ], errors.Select(e => (e.Kind, e.Id, e.Message)).OrderBy(e => e.Kind == "invitee" ? 0 : e.Kind == "response" ? 1 : 2));
        Assert.Empty(await RetrieveAsync(tenant, ResponseObject.Descriptor, response));
        Assert.Single(await RetrieveAsync(tenant, DistributionListObject.Descriptor, list));
    }

    [Fact]
    public async Task Import_DetailRowsWithoutTheirKey_AreRefusedAlike_ForAListMemberAnAnswerAndAChoice()
    {
        var tenant = await NewTenantAsync();
        var survey = await ImportSurveyAsync(tenant);
        var list = CventId.New();

        var errors = await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Objects = [Row(CvObjectType.DistributionList, list, ("DistributionListName", "Keys"))],
            Details =
            [
                DetailRow(CvObjectType.DistributionList, DistributionListObject.Members, list),
                DetailRow(CvObjectType.Response, ResponseObject.AnswerImport, survey.Response, ("AnswerText", "Orphan")),
                DetailRow(CvObjectType.SurveyQuestion, SurveyQuestionObject.AnswerDetail, survey.Choice),
                DetailRow(CvObjectType.Response, ResponseObject.AnswerImport, survey.Response, ("QuestionCode", "NOPE"), ("AnswerText", "Lost")),
            ],
        }, Ct);

        Assert.Equal(
        [
            ("distributionlist.members", "ContactId is missing."),
            ("response.answer", "QuestionCode is missing."),
            ("surveyquestion.answerdetail", "AnswerText is missing."),
            ("response.answer", "Question NOPE is not a question of the response's survey."),
        ], errors.Select(e => (e.Kind, e.Message)));
        var answers = Assert.Single(await RetrieveAsync(tenant, ResponseObject.Descriptor, survey.Response)).Details.SelectMany(d => d.Nested);
        Assert.DoesNotContain(answers, a => Detail(a, "AnswerText") is "Orphan" or "Lost");
    }
}
