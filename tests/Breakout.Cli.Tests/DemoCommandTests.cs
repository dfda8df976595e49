using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Access;

namespace Breakout.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_WritesAManifestWhoseCredentialsAndIdsExist()
    {
        using var db = new TempDatabase();

        var run = await db.RunAsync("demo", "--manifest", db.File("out/manifest.json"), "--endpoint", "http://127.0.0.1:5091/soap/V200611.asmx");

        Assert.True(run.ExitCode == 0, run.ToString());
        var manifest = DemoManifest.FromJson(await File.ReadAllTextAsync(db.File("out/manifest.json"), TestContext.Current.CancellationToken));
        Assert.Equal("http://127.0.0.1:5091/soap/V200611.asmx", manifest.Endpoint);
        await using var store = await db.OpenStoreAsync();
        var account = await store.FindAccountAsync(manifest.AccountNumber, TestContext.Current.CancellationToken);
        Assert.NotNull(account);
        var user = await store.FindApiUserAsync(manifest.AccountNumber, manifest.UserName, TestContext.Current.CancellationToken);
        Assert.NotNull(user);
        Assert.True(PasswordHash.Verify(manifest.Password, user.PasswordHash));

        // Registering a manifest invitee into a manifest session proves both IDs resolve in the store.
        var conference = manifest.Events.First(e => e.Status == nameof(EventStatus.Active));
        var session = conference.Sessions.First(s => s.Code == "NET");
        var invitee = conference.Invitees.First(i => i.Status == "Accepted");
        var guest = conference.Guests.First(g => g.Status == "Accepted");
        var results = await store.SessionRegActionAsync(new SessionRegCommand(
            account.Key, user.Key, Guid.NewGuid(), SessionRegActionType.Register, session.Id,
            [new SessionRegItem(invitee.Id, null, "1"), new SessionRegItem(guest.Id, null, "2")]), TestContext.Current.CancellationToken);
        Assert.All(results, r => Assert.True(r.Success, r.ToString()));
        Assert.Equal(DemoTenant.InviteeCount, conference.Invitees.Count);
    }

    [Fact]
    public async Task Demo_RunTwice_IsIdempotent()
    {
        using var db = new TempDatabase();
        await db.RunAsync("demo", "--manifest", db.File("a.json"));
        var registrants = await db.ScalarAsync("SELECT COUNT(*) FROM registrants");

        var run = await db.RunAsync("demo", "--manifest", db.File("b.json"));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(registrants, await db.ScalarAsync("SELECT COUNT(*) FROM registrants"));
        Assert.Equal(await File.ReadAllTextAsync(db.File("a.json"), TestContext.Current.CancellationToken), await File.ReadAllTextAsync(db.File("b.json"), TestContext.Current.CancellationToken));
    }
}
