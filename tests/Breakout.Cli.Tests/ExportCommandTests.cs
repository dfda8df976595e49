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
    public async Task ExportRegistrationsAt_AnInstant_ShowsTheSeatsAndWaitlistHeldThen()
    {
        using var db = new TempDatabase();
        await db.RunAsync("demo", "--manifest", db.File("manifest.json"));
        var manifest = DemoManifest.FromJson(await File.ReadAllTextAsync(db.File("manifest.json"), TestContext.Current.CancellationToken));
        var workshop = manifest.Events.First(e => e.Status == nameof(EventStatus.Active)).Sessions.First(s => s.EnableWaitlist);
        var people = manifest.Events.First(e => e.Status == nameof(EventStatus.Active)).Invitees
            .Where(i => i.Status == "Accepted").Take(workshop.Capacity + 1).Select(i => i.Id).ToList();
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var clock = new SetClock { Now = start };
        await using (var store = await db.OpenStoreAsync(clock))
        {
            var account = (await store.FindAccountAsync(manifest.AccountNumber, TestContext.Current.CancellationToken))!;
            var user = (await store.FindApiUserAsync(manifest.AccountNumber, manifest.UserName, TestContext.Current.CancellationToken))!;
            Task Act(SessionRegActionType action, params string[] who) => store.SessionRegActionAsync(new SessionRegCommand(
                account.Key, user.Key, Guid.NewGuid(), action, workshop.Id, [.. who.Select(i => new SessionRegItem(i, null, null))]),
                TestContext.Current.CancellationToken);

            // Full, and one waiting; an hour later the first leaves and the one waiting is promoted.
            await Act(SessionRegActionType.Register, [.. people]);
            clock.Now = start.AddHours(1);
            await Act(SessionRegActionType.Unregister, people[0]);
        }

        var before = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber, "--at", Iso(start.AddMinutes(-1)));
        var first = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber, "--at", Iso(start.AddMinutes(30)));
        var second = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber, "--at", start.AddMinutes(90).ToOffset(TimeSpan.FromHours(2)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        var now = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber);
        var unzoned = await db.RunAsync("export", "registrations", "--account", manifest.AccountNumber, "--at", "2027-06-01T12:00:00");

        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Single(Lines(before));
        Assert.Equal(
            [.. people.Take(workshop.Capacity).Select(i => (i, "Registered", "")), (people[^1], "Waitlisted", "1")],
            Placements(first).OrderBy(p => p.Item2, StringComparer.Ordinal).ThenBy(p => people.IndexOf(p.Item1)));
        Assert.Equal(
            [.. people.Skip(1).Select(i => (i, "Registered", ""))],
            Placements(second).OrderBy(p => people.IndexOf(p.Item1)));
        Assert.Equal(Lines(now).Skip(1).Order(StringComparer.Ordinal), Lines(second).Skip(1).Order(StringComparer.Ordinal));
        // The promoted seat was taken at the promotion.
        var promoted = Lines(second).Single(l => l.Contains($",{people[^1]},", StringComparison.Ordinal));
        Assert.EndsWith("," + start.AddHours(1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture), promoted, StringComparison.Ordinal);
        Assert.Equal(1, unzoned.ExitCode);
        Assert.Equal("error: --at '2027-06-01T12:00:00' is not an ISO 8601 instant with a time zone, e.g. 2027-06-01T12:00:00Z or 2027-06-01T14:00:00+02:00.\n", unzoned.Error);

        static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        static string[] Lines(CliRun run) => run.Out.TrimEnd('\n').Split('\n');
        static IEnumerable<(string, string, string)> Placements(CliRun run) =>
            Lines(run).Skip(1).Select(l => l.Split(',')).Select(f => (f[3], f[8], f[9]));
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

    private sealed class SetClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
