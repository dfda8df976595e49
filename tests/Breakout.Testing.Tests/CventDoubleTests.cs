using Breakout.Host.TestDouble;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Testing.Tests;

/// <summary>The package's typed API against the real server it starts, called over real HTTP.</summary>
public sealed class CventDoubleTests
{
    private const string Workshop = "A1B2C3D4-0000-4000-8000-000000000002";
    private const string Ada = "10000000-0000-4000-8000-000000000001";
    private const string Grace = "10000000-0000-4000-8000-000000000002";
    private const string Linus = "10000000-0000-4000-8000-000000000003";

    [Fact]
    public async Task Seed_Verify_Fault_Clock_AndReset_ThroughTheTypedApi()
    {
        var seed = Path.Combine(SharedFiles.RepositoryRoot, "examples", "cvent-seed.json");
        string folder;
        await using (var cvent = await CventDouble.StartAsync(new CventDoubleOptions { SeedFile = seed }))
        {
            folder = Path.GetDirectoryName(cvent.Services.GetRequiredService<Breakout.Host.BreakoutSettings>().Database)!;
            Assert.StartsWith("http://127.0.0.1:", cvent.Url, StringComparison.Ordinal);
            using var client = new SoapClient(cvent.Url);
            var token = await client.LoginAsync(cvent.Manifest.AccountNumber, cvent.Manifest.UserName, cvent.Manifest.Password);

            Assert.True((await client.SessionRegActionAsync(token, "Register", Workshop, [Ada, Grace])).All(r => r.Success));
            Assert.Equal("BO90202", (await client.SessionRegActionAsync(token, "Register", Workshop, [Linus]))[0].ErrorCode); // seeded capacity 2

            await cvent.VerifyAsync(calls => calls.SessionRegAction(Workshop).WithInvitee(Ada), Times.Once);
            await cvent.VerifyAsync(calls => calls.SessionRegAction(Workshop), Times.Exactly(2));
            await cvent.VerifyAsync(calls => calls.Operation("SessionRegAction").WithResult("BO90202"), Times.Once);
            var failure = await Assert.ThrowsAsync<CventVerificationException>(() => cvent.VerifyAsync(calls => calls.WithInvitee(Linus), Times.Never));
            Assert.Contains("found 1", failure.Message, StringComparison.Ordinal);
            Assert.Contains("SessionRegAction", failure.Message, StringComparison.Ordinal);
            Assert.Equal(3, (await cvent.JournalAsync()).Count);

            await cvent.AddFaultAsync(new FaultRuleSpec { Id = "once", Operation = "SessionRegAction", Fault = "CV10001", Times = 1 });
            await Assert.ThrowsAsync<InvalidOperationException>(() => client.SessionRegActionAsync(token, "Unregister", Workshop, [Ada]));
            Assert.Equal(1, Assert.Single(await cvent.FaultsAsync()).Fired);
            await cvent.RemoveFaultAsync("once");

            await cvent.AdvanceClockAsync(TimeSpan.FromMinutes(61));
            var expired = await client.PostAsync(SoapEnvelopes.WithHeader(token, "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />"), "DescribeGlobal");
            Assert.Equal("CV10105", expired.FaultCode);
            await cvent.ResetClockAsync();

            await cvent.ResetAsync();
            var fresh = await client.LoginAsync(cvent.Manifest.AccountNumber, cvent.Manifest.UserName, cvent.Manifest.Password);
            Assert.True((await client.SessionRegActionAsync(fresh, "Register", Workshop, [Linus]))[0].Success, "the reset freed the seeded seats");

            await cvent.ClearJournalAsync();
            Assert.Empty(await cvent.JournalAsync());
        }

        Assert.False(Directory.Exists(folder), "disposal deletes the temporary database");
    }

    [Fact]
    public async Task FailItems_AnswersTheMatchingInvitee_AndRunsTheOthers()
    {
        var seed = Path.Combine(SharedFiles.RepositoryRoot, "examples", "cvent-seed.json");
        await using var cvent = await CventDouble.StartAsync(new CventDoubleOptions { SeedFile = seed });
        using var client = new SoapClient(cvent.Url);
        var token = await client.LoginAsync(cvent.Manifest.AccountNumber, cvent.Manifest.UserName, cvent.Manifest.Password);

        var rule = await cvent.FailItemsAsync(items => items.SessionRegAction(Workshop).WithInvitee(Grace), "CV90109", times: 1);
        var results = await client.SessionRegActionAsync(token, "Register", Workshop, [Ada, Grace]);

        Assert.Equal([(Ada.ToLowerInvariant(), true, null), (Grace.ToLowerInvariant(), false, "CV90109")], results.Select(r => (r.Id, r.Success, r.ErrorCode)));
        Assert.Equal(1, Assert.Single(await cvent.FaultsAsync()).Fired);
        // Ada holds one of the two seeded seats, so Grace takes the last and Linus finds the session full.
        Assert.True((await client.SessionRegActionAsync(token, "Register", Workshop, [Grace]))[0].Success);
        Assert.Equal("BO90202", (await client.SessionRegActionAsync(token, "Register", Workshop, [Linus]))[0].ErrorCode);
        await cvent.RemoveFaultAsync(rule.Rule.Id!);
    }

    [Fact]
    public async Task TwoDoubles_RunSideBySide_OnTheirOwnPortsAndData()
    {
        await using var first = await CventDouble.StartAsync();
        await using var second = await CventDouble.StartAsync();
        Assert.NotEqual(first.Url, second.Url);
        using var client = new SoapClient(first.Url);
        await client.LoginAsync(first.Manifest.AccountNumber, first.Manifest.UserName, first.Manifest.Password);
        Assert.Single(await first.JournalAsync());
        Assert.Empty(await second.JournalAsync());
    }

    [Fact]
    public void CallFilter_ExtendedTwoWays_KeepsEachWaysFields()
    {
        var session = new CallFilter().SessionRegAction("S");
        var withA = session.WithInvitee("A");
        var withB = session.WithInvitee("B");
        Assert.Equal("A", withA.ToCriteria().Fields!["Id"]);
        Assert.Equal("B", withB.ToCriteria().Fields!["Id"]);
        Assert.False(session.ToCriteria().Fields!.ContainsKey("Id"));
    }
}
