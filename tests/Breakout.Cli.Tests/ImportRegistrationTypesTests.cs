namespace Breakout.Cli.Tests;

/// <summary>
/// `breakout import` of registration types (the kind <c>registrationtypes</c>): V200611 has no call that creates them,
/// so the import is the way in for UpdateRegistrationType. Each bad row is named; good rows land; importing again
/// changes nothing.
/// </summary>
public sealed class ImportRegistrationTypesTests
{
    private const string EventId = "6F9619FF-8B86-4011-B42D-00C04FC964FF";
    private const string OtherEventId = "6F9619FF-8B86-4011-B42D-00C04FC96400";
    private const string Keynote = "A1B2C3D4-0000-4000-8000-000000000001";
    private const string Lounge = "A1B2C3D4-0000-4000-8000-000000000002";
    private const string OtherSession = "A1B2C3D4-0000-4000-8000-000000000003";

    private static readonly string CatalogJson = $$"""
        {
          "events": [ { "id": "{{EventId}}", "title": "Summit", "status": "Active" }, { "id": "{{OtherEventId}}", "title": "Other", "status": "Active" } ],
          "sessions": [
            { "id": "{{Keynote}}", "eventId": "{{EventId}}", "name": "Keynote" },
            { "id": "{{Lounge}}", "eventId": "{{EventId}}", "name": "Lounge" },
            { "id": "{{OtherSession}}", "eventId": "{{OtherEventId}}", "name": "Elsewhere" }
          ],
          "registrationtypes": [
            { "id": "7E9A0000-0000-4000-8000-000000000001", "eventId": "{{EventId}}", "name": "VIP", "code": "VIP", "capacity": "25", "includedSessions": "{{Keynote}}; {{Lounge}}" },
            { "id": "7E9A0000-0000-4000-8000-000000000002", "eventId": "{{EventId}}", "name": "Attendee", "code": "ATT" },
            { "id": "7E9A0000-0000-4000-8000-000000000003", "eventId": "{{EventId}}", "name": "VIP", "code": "VIP2" },
            { "id": "7E9A0000-0000-4000-8000-000000000004", "eventId": "{{EventId}}", "name": "Press", "includedSessions": "{{OtherSession}}" },
            { "id": "7E9A0000-0000-4000-8000-000000000005", "eventId": "0D6E5B0A-1111-4222-8333-944455556666", "name": "Ghost" },
            { "id": "7E9A0000-0000-4000-8000-000000000006", "eventId": "{{EventId}}", "name": "Staff", "capacity": "-2" },
            { "id": "7E9A0000-0000-4000-8000-000000000007", "eventId": "{{EventId}}", "name": "Crew", "includedSessions": "keynote" }
          ]
        }
        """;

    [Fact]
    public async Task ImportJson_OfRegistrationTypes_ImportsGoodRowsWithTheirSessions_AndNamesEachBadOne()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);

        var run = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"catalog.json: registrationtypes row 3: Another registration type of event {EventId.ToLowerInvariant()} is named 'VIP'.", run.Error,
            StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"catalog.json: registrationtypes row 4: Session {OtherSession} is not a session of event {EventId}.", run.Error,
            StringComparison.OrdinalIgnoreCase);
        Assert.Contains("catalog.json: registrationtypes row 5: Event 0D6E5B0A-1111-4222-8333-944455556666 does not exist.", run.Error,
            StringComparison.OrdinalIgnoreCase);
        Assert.Contains("catalog.json: registrationtypes row 6: capacity -2 is below -1 (no limit).", run.Error, StringComparison.Ordinal);
        Assert.Contains("catalog.json: registrationtypes row 7: includedSessions: 'keynote' is not a valid ID (a GUID).", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM registration_types"));
        Assert.Equal(25, await db.ScalarAsync("SELECT capacity FROM registration_types WHERE code = 'VIP'"));
        Assert.Equal(-1, await db.ScalarAsync("SELECT capacity FROM registration_types WHERE code = 'ATT'"));
        Assert.Equal(2, await db.ScalarAsync(
            "SELECT COUNT(*) FROM registration_type_sessions x JOIN registration_types t ON t.pk = x.registration_type_pk WHERE t.code = 'VIP'"));

        var again = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));

        Assert.True(again.ExitCode == 2, again.ToString());
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM registration_types"));
        Assert.Equal(2, await db.ScalarAsync("SELECT COUNT(*) FROM registration_type_sessions"));
    }
}
