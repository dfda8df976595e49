namespace Breakout.Cli.Tests;

/// <summary>
/// <c>breakout import</c> of the #17 part B kinds: surveys, their questions, respondents and responses with their
/// answers (JSON), and distribution lists with members (CSV), with the same per-row error report as every kind.
/// </summary>
public sealed class ImportSurveyAndListTests
{
    private const string SurveyId = "5A000000-0000-4000-8000-000000000001";
    private const string QuestionId = "5A000000-0000-4000-8000-000000000002";
    private const string RespondentId = "5A000000-0000-4000-8000-000000000003";
    private const string ResponseId = "5A000000-0000-4000-8000-000000000004";
    private const string ContactId = "C0000000-0000-4000-8000-000000000001";
    private const string ListId = "D1000000-0000-4000-8000-000000000001";

    [Fact]
    public async Task ImportJson_SurveyWithResponses_AppliesParentsFirst_AndReportsBadRows()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("survey.json"), $$"""
            {
              "responses": [
                { "id": "{{ResponseId}}", "respondentId": "{{RespondentId}}", "status": "Complete Response", "completionDate": "2027-06-17T10:00:00", "responseNumber": 1 },
                { "id": "5A000000-0000-4000-8000-0000000000FF", "respondentId": "5A000000-0000-4000-8000-0000000000EE", "status": "Complete Response" }
              ],
              "response.answer": [
                { "responseId": "{{ResponseId}}", "questionCode": "Q1", "answerText": "Excellent" },
                { "responseId": "{{ResponseId}}", "questionCode": "NOPE", "answerText": "?" }
              ],
              "surveys": [ { "id": "{{SurveyId}}", "surveyCode": "S1", "surveyTitle": "Feedback", "surveyLaunchDate": "2027-06-16T09:00:00" } ],
              "surveyquestions": [ { "id": "{{QuestionId}}", "surveyId": "{{SurveyId}}", "questionCode": "Q1", "questionText": "How was it?", "questionTypeCode": 1 } ],
              "contacts": [ { "id": "{{ContactId}}", "firstName": "Ada", "lastName": "Lovelace", "emailAddress": "ada@example.com" } ],
              "respondents": [ { "id": "{{RespondentId}}", "surveyId": "{{SurveyId}}", "contactId": "{{ContactId}}" } ]
            }
            """, TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("survey.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("survey.json: responses row 2: Respondent 5A000000-0000-4000-8000-0000000000EE does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("survey.json: response.answer row 2: Question NOPE is not a question of the response's survey.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 6 of 8 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM response_answers a JOIN response_details d ON d.pk = a.detail_pk WHERE a.answer_text = 'Excellent'"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM respondents WHERE status = 'Complete Response'"));
    }

    [Fact]
    public async Task ImportCsv_DistributionListMembers_TakesTheKindFromTheFileName()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("contacts.json"), $$"""{ "contacts": [ { "id": "{{ContactId}}", "lastName": "Lovelace" } ] }""", TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("contacts.json"));
        await File.WriteAllTextAsync(db.File("distributionlists.csv"), $"id,DistributionListName,SecurityType\n{ListId},Newsletter,Private\n", TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("distributionlists.csv"));
        await File.WriteAllTextAsync(db.File("distributionlist.members.csv"),
            $"DistributionListId,ContactId\n{ListId},{ContactId}\n{ListId},C0000000-0000-4000-8000-0000000000FF\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("distributionlist.members.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("distributionlist.members.csv: distributionlist.members row 3: Contact C0000000-0000-4000-8000-0000000000FF does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM distribution_list_members"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM distribution_lists WHERE security_type = 'Private' AND active = 1"));
    }
}
