using System.Text.Json;
using Breakout.Domain;

namespace Breakout.Cli.Tests;

public sealed class ReportCommandTests
{
    private const string EventId = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    private const string SmallId = "A1B2C3D4-0000-4000-8000-000000000001";
    private const string OpenId = "A1B2C3D4-0000-4000-8000-000000000002";
    private const string OtherEventId = "7F9619FF-8B86-D011-B42D-00C04FC964FF";

    private static readonly string CatalogJson = $$"""
        {
          "events": [
            { "id": "{{EventId}}", "title": "Summit", "code": "SUM", "status": "Active", "startAt": "2027-06-14T09:00:00Z", "timeZone": "UTC" },
            { "id": "{{OtherEventId}}", "title": "Later, Summit", "code": "LAT", "status": "Active", "startAt": "2027-09-01T09:00:00Z", "timeZone": "UTC" }
          ],
          "sessions": [
            { "id": "{{SmallId}}", "eventId": "{{EventId}}", "name": "Workshop", "startAt": "2027-06-14T10:00:00Z", "capacity": 2, "enableWaitlist": true, "waitlistCapacity": 5 },
            { "id": "{{OpenId}}", "eventId": "{{EventId}}", "name": "Keynote", "startAt": "2027-06-14T09:00:00Z", "capacity": -1 },
            { "id": "A1B2C3D4-0000-4000-8000-000000000003", "eventId": "{{OtherEventId}}", "name": "Closing", "capacity": 10, "status": "Cancelled" }
          ],
          "invitees": [
            { "id": "10000000-0000-4000-8000-000000000001", "eventId": "{{EventId}}", "confirmationNumber": "CN1", "status": "Accepted" },
            { "id": "10000000-0000-4000-8000-000000000002", "eventId": "{{EventId}}", "confirmationNumber": "CN2", "status": "Accepted" },
            { "id": "10000000-0000-4000-8000-000000000003", "eventId": "{{EventId}}", "confirmationNumber": "CN3", "status": "Accepted" }
          ]
        }
        """;

    [Fact]
    public async Task ReportSessions_AsCsv_GivesCapacityRegisteredWaitlistedFreeSeatsAndStatus_PerSession()
    {
        using var db = await SeededAsync();

        var run = await db.RunAsync("report", "sessions", "--account", "ACME01", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
            [
                "eventId,eventTitle,sessionId,sessionName,code,startAt,status,capacity,registered,waitlisted,waitlistCapacity,freeSeats",
                $"{EventId},Summit,{OpenId},Keynote,,2027-06-14T09:00:00Z,Open,,1,,,",
                $"{EventId},Summit,{SmallId},Workshop,,2027-06-14T10:00:00Z,Full,2,2,1,5,0",
                $"{OtherEventId},\"Later, Summit\",A1B2C3D4-0000-4000-8000-000000000003,Closing,,,Cancelled,10,0,,,10",
            ],
            run.Out.TrimEnd().Split(Environment.NewLine));
    }

    [Fact]
    public async Task ReportSessions_ForOneEvent_AsJson_KeepsNumbersAndNullsForUnlimited()
    {
        using var db = await SeededAsync();

        var run = await db.RunAsync("report", "sessions", "--account", "ACME01", "--event", EventId.ToLowerInvariant(), "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var sessions = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["Keynote", "Workshop"], sessions.Select(s => s.GetProperty("sessionName").GetString()));
        Assert.Equal(JsonValueKind.Null, sessions[0].GetProperty("capacity").ValueKind);
        Assert.Equal(JsonValueKind.Null, sessions[0].GetProperty("freeSeats").ValueKind);
        Assert.Equal((2, 2, 1, 0, "Full"), (
            sessions[1].GetProperty("capacity").GetInt32(), sessions[1].GetProperty("registered").GetInt32(), sessions[1].GetProperty("waitlisted").GetInt32(),
            sessions[1].GetProperty("freeSeats").GetInt32(), sessions[1].GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ReportSessions_AsATable_ShowsOneLinePerSession_WithUnlimitedSpelledOut()
    {
        using var db = await SeededAsync();

        var run = await db.RunAsync("report", "sessions", "--account", "ACME01");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(5, lines.Length);
        Assert.Matches(@"^Event\s+Session\s+Code\s+Starts\s+Status\s+Capacity\s+Registered\s+Waitlisted\s+Free$", lines[0]);
        Assert.Matches(@"^Summit\s+Keynote\s+-?\s*2027-06-14T09:00:00Z\s+Open\s+unlimited\s+1\s+no waitlist\s+unlimited$", lines[2]);
        Assert.Matches(@"^Summit\s+Workshop\s+-?\s*2027-06-14T10:00:00Z\s+Full\s+2\s+2\s+1\s+0$", lines[3]);
        Assert.DoesNotContain(SmallId, run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportSessions_ForAnEventOfNoSuchID_FailsNamingIt()
    {
        using var db = await SeededAsync();

        var unknown = await db.RunAsync("report", "sessions", "--account", "ACME01", "--event", "0D6E5B0A-1111-4222-8333-944455556666");
        var malformed = await db.RunAsync("report", "sessions", "--account", "ACME01", "--event", "summit");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Event 0D6E5B0A-1111-4222-8333-944455556666 does not exist in account ACME01.", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("--event: 'summit' is not an event ID", malformed.Error, StringComparison.Ordinal);
    }

    /// <summary>Two events; the workshop full (two seats) with one on its waitlist, one seat taken in the unlimited keynote.</summary>
    private static async Task<TempDatabase> SeededAsync()
    {
        var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "ACME01", "--name", "Acme");
        await db.RunAsync("user", "create", "--account", "ACME01", "--name", "api", "--password", "x");
        await File.WriteAllTextAsync(db.File("catalog.json"), CatalogJson, TestContext.Current.CancellationToken);
        var import = await db.RunAsync("import", "--account", "ACME01", db.File("catalog.json"));
        Assert.True(import.ExitCode == 0, import.ToString());

        await using var store = await db.OpenStoreAsync();
        var user = (await store.FindApiUserAsync("ACME01", "api", TestContext.Current.CancellationToken))!;
        foreach (var (session, invitee) in new[] { (SmallId, 1), (SmallId, 2), (SmallId, 3), (OpenId, 1) })
        {
            var result = await store.SessionRegActionAsync(
                new SessionRegCommand(user.AccountKey, user.Key, Guid.NewGuid(), SessionRegActionType.Register, session,
                    [new SessionRegItem($"10000000-0000-4000-8000-00000000000{invitee}", null, null)]),
                TestContext.Current.CancellationToken);
            Assert.True(result[0].Outcome is RegistrationOutcome.Registered or RegistrationOutcome.Waitlisted, $"{result[0]}");
        }

        return db;
    }
}
