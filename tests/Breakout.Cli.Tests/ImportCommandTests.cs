using System.Globalization;
using System.Text;

namespace Breakout.Cli.Tests;

public sealed class ImportCommandTests
{
    private const string EventId = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    private const string UnknownEventId = "0D6E5B0A-1111-4222-8333-944455556666";
    private const string SessionId = "A1B2C3D4-0000-4000-8000-000000000001";
    private const string ContactId = "C0000000-0000-4000-8000-000000000001";
    private const string InviteeId = "10000000-0000-4000-8000-000000000001";

    private static readonly string CatalogJson = $$"""
        {
          "events": [
            { "id": "{{EventId}}", "title": "Summit", "code": "SUM", "status": "Active", "startAt": "2027-06-14T09:00:00Z", "timeZone": "UTC" }
          ],
          "sessions": [
            { "id": "{{SessionId}}", "eventId": "{{EventId}}", "name": "Keynote", "capacity": 100, "status": "OpenForRegistration" },
            { "id": "A1B2C3D4-0000-4000-8000-000000000002", "eventId": "{{UnknownEventId}}", "name": "Orphan" },
            { "id": "A1B2C3D4-0000-4000-8000-000000000003", "eventId": "{{EventId}}", "name": "Workshop", "capacity": 5,
              "enableWaitlist": true, "waitlistCapacity": 3, "group": "Tracks", "included": false, "status": "ClosedForRegistration" }
          ],
          "contacts": [
            { "id": "{{ContactId}}", "firstName": "Ada", "lastName": "Lovelace", "emailAddress": "ada@example.com", "company": "Engines" }
          ],
          "invitees": [
            { "id": "{{InviteeId}}", "eventId": "{{EventId}}", "contactId": "{{ContactId}}", "confirmationNumber": "CN1", "status": "Accepted" },
            { "id": "not-a-guid", "eventId": "{{EventId}}", "confirmationNumber": "CN2", "status": "Accepted" },
            { "id": "10000000-0000-4000-8000-000000000003", "eventId": "{{EventId}}", "confirmationNumber": "CN3", "status": "Maybe" },
            { "id": "10000000-0000-4000-8000-000000000004", "eventId": "{{EventId}}", "status": "Accepted" },
            { "id": "10000000-0000-4000-8000-000000000005", "eventId": "{{EventId}}", "confirmationNumber": "CN5", "status": "No Response" }
          ],
          "guests": [
            { "id": "20000000-0000-4000-8000-000000000001", "inviteeId": "{{InviteeId}}", "confirmationNumber": "G1", "status": "Accepted" },
            { "id": "20000000-0000-4000-8000-000000000002", "inviteeId": "10000000-0000-4000-8000-0000000000FF", "confirmationNumber": "G2", "status": "Accepted" }
          ]
        }
        """;

    [Fact]
    public async Task ImportJson_ImportsGoodRows_ReportsBadRowsWithNumbers_AndExits2()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("catalog.json: sessions row 2: Event " + UnknownEventId + " does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: invitees row 2: id 'not-a-guid' is not a valid ID", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: invitees row 3: status 'Maybe' is not one of No Response, Accepted, Declined", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: invitees row 4: confirmationNumber is missing.", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: guests row 2: Invitee 10000000-0000-4000-8000-0000000000FF does not exist.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 7 of 12 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM events"));
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM sessions"));
        Assert.Equal(3, await db.ScalarAsync("SELECT COUNT(*) FROM registrants"));
        Assert.Equal(1, await db.ScalarAsync("SELECT enable_waitlist FROM sessions WHERE group_name = 'Tracks' AND waitlist_capacity = 3"));
    }

    [Fact]
    public async Task ImportJson_Again_ChangesNothing()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);
        var first = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        var second = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.Equal(2, second.ExitCode);
        Assert.Equal(first.Error, second.Error);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM events"));
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM sessions"));
        Assert.Equal(3, await db.ScalarAsync("SELECT COUNT(*) FROM registrants"));
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM contacts"));
    }

    [Fact]
    public async Task ImportEvents_ClashPolicy_IsAllowUnlessGiven_AndAnUnknownPolicyIsARowError()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("summit-events.csv"),
            "id,title,status,clashPolicy\n" +
            "E0000000-0000-4000-8000-000000000001,Refusing,Active,Refuse\n" +
            "E0000000-0000-4000-8000-000000000002,Counting waitlists,Active,refuseincludingwaitlist\n" +
            "E0000000-0000-4000-8000-000000000003,As Cvent,Active,\n" +
            "E0000000-0000-4000-8000-000000000004,Unsure,Active,Sometimes\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("summit-events.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("summit-events.csv: events row 5: clashPolicy 'Sometimes' is not one of", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT clash_policy FROM events WHERE title = 'Refusing'"));
        Assert.Equal(2, await db.ScalarAsync("SELECT clash_policy FROM events WHERE title = 'Counting waitlists'"));
        Assert.Equal(0, await db.ScalarAsync("SELECT clash_policy FROM events WHERE title = 'As Cvent'"));
    }

    [Fact]
    public async Task ImportCsv_InfersTheKindFromTheFileName_AndNumbersRowsAsASpreadsheetDoes()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), $$"""{ "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ] }""", TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        await File.WriteAllTextAsync(db.File("summit-sessions.csv"),
            "id,eventId,name,capacity,status,group\n" +
            $"{SessionId},{EventId},\"Keynote, with \"\"quotes\"\"\",100,OpenForRegistration,\n" +
            $"A1B2C3D4-0000-4000-8000-000000000002,{EventId},Workshop,lots,OpenForRegistration,\n" +
            $"A1B2C3D4-0000-4000-8000-000000000003,{EventId},Panel,10,Sold Out,\n" +
            $"A1B2C3D4-0000-4000-8000-000000000004,{EventId},Lunch,,,Food\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("summit-sessions.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("summit-sessions.csv: sessions row 3: capacity 'lots' is not a whole number.", run.Error, StringComparison.Ordinal);
        Assert.Contains("summit-sessions.csv: sessions row 4: status 'Sold Out' is not one of", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 2 of 4 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM sessions WHERE name = 'Keynote, with \"quotes\"'"));
        // Capacity and status left blank take their defaults: unlimited, open.
        Assert.Equal(-1, await db.ScalarAsync("SELECT capacity FROM sessions WHERE name = 'Lunch'"));
    }

    [Fact]
    public async Task ImportCsv_WithKindOption_ImportsAllGoodRows_AndExits0()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), $$"""{ "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Pending" } ] }""", TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        await File.WriteAllTextAsync(db.File("people.csv"),
            "ID,EventId,ConfirmationNumber,Status,FirstName,LastName\r\n" +
            $"{InviteeId},{EventId},CN1,Accepted,Ada,Lovelace\r\n" +
            $"10000000-0000-4000-8000-000000000002,{EventId},CN2,Pending Approval,Charles,Babbage\r\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", "--kind", "invitees", db.File("people.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Error);
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM registrants WHERE kind = 0"));
    }

    [Fact]
    public async Task ImportCsv_OfALargeFile_ImportsInChunksWithProgress()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), $$"""{ "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" } ] }""", TestContext.Current.CancellationToken);
        await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        var csv = new StringBuilder("id,eventId,confirmationNumber,status\n");
        for (var i = 1; i <= 2500; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{new Guid(i, 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 1)},{EventId},CN{i},Accepted\n");
        }

        await File.WriteAllTextAsync(db.File("invitees.csv"), csv.ToString(), TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("invitees.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Imported 2500 of 2500 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(2500, await db.ScalarAsync("SELECT COUNT(*) FROM registrants"));
    }

    [Fact]
    public async Task Import_OfAMissingFile_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("nothing.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfBrokenJson_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("broken.json"), "{ \"events\": [ ", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("broken.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_IntoAnUnknownAccount_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);
        await db.RunAsync("migrate");

        var run = await db.RunAsync("import", "--account", "NOPE", db.File("catalog.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Account 'NOPE' does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportCsv_ARowWithMoreFieldsThanTheHeader_IsRejected_TrailingEmptyFieldsAreNot()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("events.csv"),
            "id,title,status,timeZone\n" +
            $"{EventId},Summit, 2027,Active,UTC\n" +
            "7F9619FF-8B86-D011-B42D-00C04FC964FF,Later,Active,UTC,,\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("events.csv"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("events.csv: events row 2: the row has 5 fields but the header has 4 columns; quote values that contain commas.", run.Error, StringComparison.Ordinal);
        Assert.Contains("Imported 1 of 2 rows", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, await db.ScalarAsync($"SELECT COUNT(*) FROM events WHERE title = 'Summit'"));
        Assert.Equal(1, await db.ScalarAsync($"SELECT COUNT(*) FROM events WHERE title = 'Later'"));
    }

    [Fact]
    public async Task ImportCsv_SeparatedBySemicolons_IsReadAsSuch_AndSaysSo()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("events.csv"),
            "id;title;status;timeZone\r\n" +
            $"{EventId};\"Summit; Europe, 2027\";Active;Europe/Berlin\r\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("events.csv"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("note: events.csv: the header row has no comma; reading fields separated by semicolons.", run.Error.TrimEnd());
        Assert.Equal(1, await db.ScalarAsync("SELECT COUNT(*) FROM events WHERE title = 'Summit; Europe, 2027' AND time_zone = 'Europe/Berlin'"));
    }

    [Fact]
    public async Task ImportJson_ThatIsBroken_SaysLineAndColumnInWords_CountingCharactersNotBytes()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"),
            "{\n  \"events\": [\n    { \"id\": \"x\", \"title\": \"Süd\" \"code\": \"X\" }\n  ]\n}\n", TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("catalog.json' is not valid JSON at line 3, column 33: '\"' is invalid after a value.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", run.Error, StringComparison.Ordinal);
    }
}
