using System.Text.Json;
using Breakout.Domain;
using Breakout.Domain.Email;
using Breakout.Domain.Events;
using Breakout.Storage;

namespace Breakout.Cli.Tests;

public sealed class OutboxCommandTests
{
    private const string EventId = "6F9619FF-8B86-D011-B42D-00C04FC964FF";
    private const string Ada = "10000000-0000-4000-8000-000000000001";
    private const string Grace = "10000000-0000-4000-8000-000000000002";

    private static readonly string CatalogJson = $$"""
        {
          "events": [ { "id": "{{EventId}}", "title": "Summit", "code": "SUM", "status": "Active", "startAt": "2027-06-14T09:00:00Z", "timeZone": "UTC" } ],
          "invitees": [
            { "id": "{{Ada}}", "eventId": "{{EventId}}", "confirmationNumber": "CN1", "status": "Accepted", "firstName": "Ada", "lastName": "Lovelace", "emailAddress": "ada@example.com" },
            { "id": "{{Grace}}", "eventId": "{{EventId}}", "confirmationNumber": "CN2", "status": "Accepted", "firstName": "Grace", "lastName": "Hopper", "emailAddress": "grace@example.com" }
          ]
        }
        """;

    [Fact]
    public async Task OutboxList_AsCsv_ShowsEachMessageNewestFirst_WithStatusAttemptsAndTheLastError()
    {
        using var db = await SeededAsync("ACME01");

        var run = await db.RunAsync("outbox", "list", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("id,account,eventId,inviteeId,to,subject,template,status,attempts,queuedAt,sentAt,nextAttemptAt,lastError", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Matches($"^[0-9A-F-]{{36}},ACME01,{EventId},{Grace},grace@example.com,\"Parking, level 2\",\"CustomEmail \\(Parking, level 2\\)\",Queued,0,[0-9TZ:-]+,,[0-9TZ:-]+,$", lines[1]);
        Assert.Matches($"^[0-9A-F-]{{36}},ACME01,{EventId},{Ada},ada@example.com,You are invited: Summit,Invitation,Failed,1,[0-9TZ:-]+,,,550 no such user$", lines[2]);
    }

    [Fact]
    public async Task OutboxList_ForOneAccountAndStatus_AsJson_KeepsNumbersAndNulls()
    {
        using var db = await SeededAsync("ACME01");
        await SeedAccountAsync(db, "OTHER02");

        var run = await db.RunAsync("outbox", "list", "--account", "ACME01", "--status", "Failed", "--format", "json");
        var all = await db.RunAsync("outbox", "list", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Out);
        var mail = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(("ada@example.com", "Failed", 1, JsonValueKind.Null, "550 no such user"), (
            mail.GetProperty("to").GetString(), mail.GetProperty("status").GetString(), mail.GetProperty("attempts").GetInt32(),
            mail.GetProperty("sentAt").ValueKind, mail.GetProperty("lastError").GetString()));
        using var everything = JsonDocument.Parse(all.Out);
        Assert.Equal(4, everything.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task OutboxList_AsATable_ShowsRecipientSubjectStatus_AndRefusesUnknownAccountsAndStatuses()
    {
        using var db = await SeededAsync("ACME01");

        var table = await db.RunAsync("outbox", "list", "--account", "ACME01");
        var unknownAccount = await db.RunAsync("outbox", "list", "--account", "NOPE");
        var unknownStatus = await db.RunAsync("outbox", "list", "--status", "Lost");

        Assert.True(table.ExitCode == 0, table.ToString());
        var lines = table.Out.TrimEnd().Split(Environment.NewLine);
        Assert.Matches(@"^ID\s+To\s+Subject\s+Status\s+Attempts\s+Queued\s+Sent\s+Last error$", lines[0]);
        Assert.Contains(lines, l => l.Contains("ada@example.com", StringComparison.Ordinal) && l.Contains("Failed", StringComparison.Ordinal) && l.Contains("550 no such user", StringComparison.Ordinal));
        Assert.Equal(1, unknownAccount.ExitCode);
        Assert.Contains("Account 'NOPE' does not exist", unknownAccount.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, unknownStatus.ExitCode);
    }

    /// <summary>
    /// An account with an invitation to Ada and a custom e-mail to Grace (queued); in ACME01 the relay refused Ada's
    /// for good.
    /// </summary>
    private static async Task<TempDatabase> SeededAsync(string account)
    {
        var db = new TempDatabase();
        await SeedAccountAsync(db, account);
        return db;
    }

    private static async Task SeedAccountAsync(TempDatabase db, string account)
    {
        await db.RunAsync("account", "create", "--number", account, "--name", "Acme");
        await db.RunAsync("user", "create", "--account", account, "--name", "api", "--password", "x");
        var catalog = db.File($"{account}.json");
        await File.WriteAllTextAsync(catalog, account == "ACME01" ? CatalogJson : CatalogJson.Replace("10000000-", "20000000-", StringComparison.Ordinal)
            .Replace(EventId, "7F9619FF-8B86-D011-B42D-00C04FC964FF", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        var import = await db.RunAsync("import", "--account", account, catalog);
        Assert.True(import.ExitCode == 0, import.ToString());

        await using var store = await db.OpenStoreAsync();
        var user = (await store.FindApiUserAsync(account, "api", TestContext.Current.CancellationToken))!;
        var eventId = account == "ACME01" ? EventId : "7F9619FF-8B86-D011-B42D-00C04FC964FF";
        var prefix = account == "ACME01" ? "1" : "2";
        await SendAsync(store, user, eventId, EmailTemplate.Invitation, null, $"{prefix}0000000-0000-4000-8000-000000000001");
        if (account == "ACME01")
        {
            var claimed = await store.ClaimOutboxAsync("cli-test", 10, TimeSpan.FromMinutes(5), TestContext.Current.CancellationToken);
            Assert.True(await store.RecordAttemptAsync(Assert.Single(claimed).Key, "cli-test", new OutboxAttempt(OutboxStatus.Failed, "550 no such user"),
                TestContext.Current.CancellationToken));
        }

        await SendAsync(store, user, eventId, EmailTemplate.CustomEmail, "Parking, level 2", $"{prefix}0000000-0000-4000-8000-000000000002");
    }

    private static async Task SendAsync(IBreakoutStore store, ApiUserRecord user, string eventId, EmailTemplate template, string? name, string invitee)
    {
        var result = await store.SendEmailAsync(new SendEmailCommand(user.AccountKey, user.Key, Guid.NewGuid(), ActivityType.Event, eventId, template, name, false,
            "planner@example.com", [new ObjectItem(invitee, null)]), TestContext.Current.CancellationToken);
        Assert.True(Assert.Single(result).Success, $"{result[0].Error}");
    }
}
