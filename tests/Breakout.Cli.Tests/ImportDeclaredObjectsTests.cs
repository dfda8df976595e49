namespace Breakout.Cli.Tests;

/// <summary>`breakout import` of the types served by declaration (issue #17 part A): JSON arrays and CSV files, per-row errors.</summary>
public sealed class ImportDeclaredObjectsTests
{
    private const string EventId = "6F9619FF-8B86-4011-B42D-00C04FC964FF";
    private const string SessionId = "A1B2C3D4-0000-4000-8000-000000000001";
    private const string InviteeId = "10000000-0000-4000-8000-000000000001";
    private const string SpeakerId = "5E000000-0000-4000-8000-000000000001";

    private static readonly string CatalogJson = $$"""
        {
          "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ],
          "sessions": [ { "id": "{{SessionId}}", "eventId": "{{EventId}}", "name": "Keynote" } ],
          "invitees": [ { "id": "{{InviteeId}}", "eventId": "{{EventId}}", "confirmationNumber": "CN1", "status": "Accepted", "orderAmount": "450.10" } ],
          "speakers": [
            { "id": "{{SpeakerId}}", "EventId": "{{EventId}}", "FirstName": "Katherine", "SpeakerCode": "SPK-1", "DisplayOnWebsite": "yes" },
            { "id": "5E000000-0000-4000-8000-000000000002", "EventId": "0D6E5B0A-1111-4222-8333-944455556666", "FirstName": "Nobody" }
          ],
          "speaker.assignedsessions": [
            { "SpeakerId": "{{SpeakerId}}", "SessionId": "{{SessionId}}" },
            { "SpeakerId": "{{SpeakerId}}", "SessionId": "A1B2C3D4-0000-4000-8000-0000000000FF" }
          ],
          "transactions": [
            { "id": "7A000000-0000-4000-8000-000000000001", "InviteeId": "{{InviteeId}}", "TransactionType": "online charge", "Amount": "450.00", "PaidInFull": true },
            { "id": "7A000000-0000-4000-8000-000000000002", "InviteeId": "{{InviteeId}}", "TransactionType": "Cash", "Amount": "1" },
            { "id": "7A000000-0000-4000-8000-000000000003", "InviteeId": "{{InviteeId}}", "TransactionType": "Online Refund", "Amount": "lots" }
          ],
          "entitycustomfields": [ { "id": "CF000000-0000-4000-8000-000000000001", "FieldName": "Diet" } ]
        }
        """;

    [Fact]
    public async Task ImportJson_OfServedTypes_ImportsGoodRows_AndNamesEachBadOne()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("catalog.json: speakers row 2: Event 0D6E5B0A-1111-4222-8333-944455556666 does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: speaker.assignedsessions row 2: Session A1B2C3D4-0000-4000-8000-0000000000FF does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: transactions row 2: TransactionType 'Cash' is not one of Online Charge, Online Refund, Offline Charge, Offline Refund.",
            run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: transactions row 3: Amount 'lots' is not a number.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: entitycustomfields row 1: CustomFieldCategory is missing.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 6 of 11 rows", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 speakers, 1 transactions, 1 speaker.assignedsessions", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM speakers WHERE speaker_code = 'SPK-1' AND display_on_website = 1"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM speaker_sessions"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM transactions WHERE transaction_type = 'Online Charge' AND amount = 4500000 AND paid_in_full = 1"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM registrants WHERE order_amount = 4501000"));

        var again = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM speakers"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM speaker_sessions"));
    }

    [Fact]
    public async Task ImportCsv_TellsTheKindFromTheLongestNameInTheFileName_AndReportsRowsAsASpreadsheetCountsThem()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        await File.WriteAllTextAsync(db.File("2027-eventquestions.csv"),
            "id,EventId,QuestionText,QuestionCode,AllowOther,LastModifiedDate\n" +
            $"E0000000-0000-4000-8000-000000000001,{EventId},\"How did you hear, briefly?\",HEARD,true,\n" +
            $"E0000000-0000-4000-8000-000000000002,{EventId},Rate us,RATE,maybe,\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("2027-eventquestions.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("2027-eventquestions.csv: eventquestions row 3: AllowOther 'maybe' is not true or false.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 1 of 2 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM event_questions WHERE question_text = 'How did you hear, briefly?' AND allow_other = 1"));
    }
}
