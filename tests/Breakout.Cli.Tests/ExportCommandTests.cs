using Breakout.Admin;
using Breakout.Domain;

namespace Breakout.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task ExportRegistrations_WritesAHeaderAndOneLinePerSeatOrWaitlistPlace()
    {
        using var db = new TempDatabase();
        await db.RunAsync("demo", "--manifest", db.File("manifest.json"));
        var manifest = DemoManifest.FromJson(await File.ReadAllTextAsync(db.File("manifest.json"), TestContext.Current.CancellationToken));
        var conference = manifest.Events.First(e => e.Status == nameof(EventStatus.Active));
        var workshop = conference.Sessions.First(s => s.EnableWaitlist);
        var accepted = conference.Invitees.Where(i => i.Status == "Accepted").Take(workshop.Capacity + 1).ToList();
        await using (var store = await db.OpenStoreAsync())
        {
            var account = (await store.FindAccountAsync(manifest.AccountNumber, TestContext.Current.CancellationToken))!;
            var user = (await store.FindApiUserAsync(manifest.AccountNumber, manifest.UserName, TestContext.Current.CancellationToken))!;
            await store.SessionRegActionAsync(new SessionRegCommand(
                account.Key, user.Key, Guid.NewGuid(), SessionRegActionType.Register, workshop.Id,
                [.. accepted.Select(i => new SessionRegItem(i.Id, null, null))]), TestContext.Current.CancellationToken);
        }

        var toStdout = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber);
        var toFile = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber, "--out", db.File("registrations.csv"));

        Assert.True(toStdout.ExitCode == 0, toStdout.ToString());
        var lines = toStdout.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(
            "eventId,sessionId,sessionName,registrantId,registrantKind,confirmationNumber,firstName,lastName,placement,waitlistPosition,at",
            lines[0]);
        Assert.Equal(workshop.Capacity + 2, lines.Length);
        Assert.Equal(workshop.Capacity, lines.Count(l => l.Contains(",Registered,", StringComparison.Ordinal)));
        var waitlisted = Assert.Single(lines, l => l.Contains(",Waitlisted,1,", StringComparison.Ordinal));
        Assert.Contains(accepted[^1].Id, waitlisted, StringComparison.Ordinal);
        Assert.All(accepted.Take(workshop.Capacity), i => Assert.Contains(i.Id, toStdout.Out, StringComparison.Ordinal));

        Assert.True(toFile.ExitCode == 0, toFile.ToString());
        Assert.Equal(toStdout.Out, await File.ReadAllTextAsync(db.File("registrations.csv"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExportRegistrations_ForAnUnknownAccount_FailsWithAMessage()
    {
        using var db = new TempDatabase();
        await db.RunAsync("migrate");

        var run = await db.RunAsync("export", "registrations", "--account", "NOPE");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Account 'NOPE' does not exist", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }
}
