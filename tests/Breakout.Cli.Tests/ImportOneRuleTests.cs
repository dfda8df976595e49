namespace Breakout.Cli.Tests;

/// <summary>
/// One rule for every kind of <c>breakout import</c>, in JSON and CSV alike: a registration kind (invitees), a #17 part B
/// object (survey responses) and a detail (distribution list members), which once had paths of their own, each report an
/// unknown column with the same warning, and a bad reference and a bad value with the same-shaped per-row error.
/// </summary>
public sealed class ImportOneRuleTests
{
    private const string EventId = "6F9619FF-8B86-4011-B42D-00C04FC964FF";
    private const string ContactId = "C0000000-0000-4000-8000-000000000001";
    private const string SurveyId = "5A000000-0000-4000-8000-000000000001";
    private const string RespondentId = "5A000000-0000-4000-8000-000000000003";
    private const string ListId = "D1000000-0000-4000-8000-000000000001";
    private const string Missing = "0D6E5B0A-1111-4222-8333-944455556666";

    /// <summary>Per kind: its columns, then three rows (good with an unknown column, a bad reference, a bad value), the errors of the last two.</summary>
    private static readonly (string Kind, string[] Columns, string[][] Rows, string[] Errors)[] Kinds =
    [
        ("invitees", ["id", "eventId", "confirmationNumber", "status", "contactId", "nickname"],
        [
            ["10000000-0000-4000-8000-000000000001", EventId, "CN1", "Accepted", "", "Ada"],
            ["10000000-0000-4000-8000-000000000002", Missing, "CN2", "Accepted", "", ""],
            ["10000000-0000-4000-8000-000000000003", EventId, "CN3", "Accepted", "not-a-guid", ""],
        ], [$"Event {Missing} does not exist.", "contactId 'not-a-guid' is not a valid ID (a GUID)."]),
        ("responses", ["id", "RespondentId", "Status", "ResponseNumber", "nickname"],
        [
            ["5A000000-0000-4000-8000-000000000004", RespondentId, "Complete Response", "1", "Ada"],
            ["5A000000-0000-4000-8000-000000000005", Missing, "", "", ""],
            ["5A000000-0000-4000-8000-000000000006", RespondentId, "", "many", ""],
        ], [$"Respondent {Missing} does not exist.", "ResponseNumber 'many' is not a whole number."]),
        ("distributionlist.members", ["DistributionListId", "ContactId", "nickname"],
        [
            [ListId, ContactId, "Ada"],
            [ListId, Missing, ""],
            [ListId, "not-a-guid", ""],
        ], [$"Contact {Missing} does not exist.", "ContactId 'not-a-guid' is not a valid ID (a GUID)."]),
    ];

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Import_InviteesResponsesAndListMembers_ReportUnknownColumnsBadReferencesAndBadValuesAlike(string format)
    {
        using var db = await SetUpAsync();
        var runs = new List<(string File, string Kind, CliRun Run)>();
        if (format == "json")
        {
            var arrays = Kinds.Select(k => $"\"{k.Kind}\": [{string.Join(", ", k.Rows.Select(r => Json(k.Columns, r)))}]");
            await File.WriteAllTextAsync(db.File("rule.json"), $"{{ {string.Join(", ", arrays)} }}", TestContext.Current.CancellationToken);
            var run = await db.RunAsync("import", "--account", "ACME01", db.File("rule.json"));
            runs.AddRange(Kinds.Select(k => ("rule.json", k.Kind, run)));
        }
        else
        {
            foreach (var (kind, columns, rows, _) in Kinds)
            {
                var lines = rows.Select(r => string.Join(",", r)).Prepend(string.Join(",", columns));
                await File.WriteAllTextAsync(db.File(kind + ".csv"), string.Join("\n", lines) + "\n", TestContext.Current.CancellationToken);
                runs.Add((kind + ".csv", kind, await db.RunAsync("import", "--account", "ACME01", db.File(kind + ".csv"))));
            }
        }

        var first = format == "json" ? 1 : 2; // a CSV row number counts the header as row 1
        foreach (var ((file, kind, run), errors) in runs.Zip(Kinds.Select(k => k.Errors)))
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains($"warning: {file}: unknown column(s) nickname ignored for {kind}.\n", run.Error, StringComparison.Ordinal);
            Assert.Contains($"{file}: {kind} row {first + 1}: {errors[0]}\n", run.Error, StringComparison.Ordinal);
            Assert.Contains($"{file}: {kind} row {first + 2}: {errors[1]}\n", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain($"{file}: {kind} row {first}:", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM registrants WHERE confirmation_number = 'CN1'"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM responses"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM respondents WHERE status = 'Complete Response'"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM distribution_list_members"));
    }

    private static async Task<TempDatabase> SetUpAsync()
    {
        var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("setup.json"), $$"""
            {
              "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ],
              "contacts": [ { "id": "{{ContactId}}", "lastName": "Lovelace" } ],
              "surveys": [ { "id": "{{SurveyId}}", "SurveyTitle": "Feedback" } ],
              "respondents": [ { "id": "{{RespondentId}}", "SurveyId": "{{SurveyId}}", "ContactId": "{{ContactId}}" } ],
              "distributionlists": [ { "id": "{{ListId}}", "DistributionListName": "Newsletter" } ]
            }
            """, TestContext.Current.CancellationToken);
        var setUp = await db.RunAsync("import", "--account", "ACME01", db.File("setup.json"));
        Assert.True(setUp.ExitCode == 0, setUp.ToString());
        return db;
    }

    private static string Json(string[] columns, string[] values) =>
        "{ " + string.Join(", ", columns.Zip(values).Where(p => p.Second.Length > 0).Select(p => $"\"{p.First}\": \"{p.Second}\"")) + " }";
}
