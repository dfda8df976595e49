using Breakout.Admin;
using Breakout.TestSupport;

namespace Breakout.MultiNode.Tests;

/// <summary>Two Breakout processes on one PostgreSQL database: shared sessions, no overbooking across nodes, nothing lost on SIGKILL.</summary>
public sealed class TwoNodeTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "nodes-" + Guid.NewGuid().ToString("N"));
    private BreakoutProcess? nodeA;
    private BreakoutProcess? nodeB;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (nodeA is not null)
        {
            await nodeA.DisposeAsync();
        }

        if (nodeB is not null)
        {
            await nodeB.DisposeAsync();
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task StartNodesAsync()
    {
        database.RequireServer();
        // A seeds the demo tenant; B starts on the now non-empty database.
        nodeA = await BreakoutProcess.StartAsync(directory, ["--postgres", database.ConnectionString]);
        nodeB = await BreakoutProcess.StartAsync(directory, ["--postgres", database.ConnectionString]);
    }

    private static Task<string> LoginAsync(SoapClient client, DemoManifest manifest) =>
        client.LoginAsync(manifest.AccountNumber, manifest.UserName, manifest.Password);

    [Fact]
    public async Task TokenFromNodeA_WorksOnNodeB()
    {
        await StartNodesAsync();
        using var a = new SoapClient(nodeA!.Endpoint);
        using var b = new SoapClient(nodeB!.Endpoint);
        var token = await LoginAsync(a, nodeA.Manifest);
        var keynote = nodeA.Manifest.Events[0].Sessions.Single(s => s.Code == "KEY").Id;
        var invitee = nodeA.Manifest.Events[0].Invitees.First(i => i.Status == "Accepted").Id;

        var registered = Assert.Single(await b.SessionRegActionAsync(token, "Register", keynote, [invitee]));
        var again = Assert.Single(await a.SessionRegActionAsync(token, "Register", keynote, [invitee]));

        Assert.True(registered.Success);
        Assert.Equal("CV90105", again.ErrorCode);
    }

    [Fact]
    public async Task RaceAcrossTwoNodes_NeverOverbooks_AndPromotesInOrder()
    {
        await StartNodesAsync();
        var race = RegistrationRace.Create();
        await using (var store = await StoreFactory.OpenAsync(new StoreOptions { Postgres = database.ConnectionString }, TimeProvider.System))
        {
            var account = (await store.FindAccountAsync(nodeA!.Manifest.AccountNumber))!;
            Assert.Empty(await store.ImportAsync(account.Key, race.Batch));
        }

        using var a = new SoapClient(nodeA!.Endpoint);
        using var b = new SoapClient(nodeB!.Endpoint);
        (SoapClient, string)[] nodes = [(a, await LoginAsync(a, nodeA.Manifest)), (b, await LoginAsync(b, nodeB!.Manifest))];

        var answers = await race.RegisterAllAsync(nodes, concurrency: 32);

        await using var check = await StoreFactory.OpenAsync(new StoreOptions { Postgres = database.ConnectionString }, TimeProvider.System);
        var accountKey = (await check.FindAccountAsync(nodeA.Manifest.AccountNumber))!.Key;
        var (registered, waitlist) = await race.StateAsync(check, accountKey);
        Assert.Equal(RegistrationRace.Capacity, registered.Count);
        Assert.Equal(RegistrationRace.WaitlistCapacity, waitlist.Count);
        Assert.Equal(registered.Order(), answers.Where(x => x.Value.Success).Select(x => x.Key).Order());
        Assert.Equal(waitlist.Order(), answers.Where(x => x.Value.ErrorCode == "BO90203").Select(x => x.Key).Order());
        Assert.Equal(RegistrationRace.Invitees - RegistrationRace.Capacity - RegistrationRace.WaitlistCapacity, answers.Count(x => x.Value.ErrorCode == "BO90202"));
        Assert.Empty(await check.VerifyAsync());

        var leaving = registered.Take(30).ToList();
        Assert.All(await race.UnregisterAsync(nodes, leaving), r => Assert.True(r.Success));

        var (after, waitlistAfter) = await race.StateAsync(check, accountKey);
        Assert.Equal(registered.Except(leaving).Concat(waitlist.Take(30)).Order(), after.Order());
        Assert.Equal(waitlist.Skip(30), waitlistAfter);
        Assert.Empty(await check.VerifyAsync());
        var (exit, report) = await VerifyCommand.RunAsync("--postgres", database.ConnectionString);
        Assert.True(exit == 0, report);
    }

    [Fact]
    public async Task KillNine_OneNodeMidStream_LosesNothingAnswered()
    {
        await StartNodesAsync();
        var manifest = nodeA!.Manifest;
        var lounge = manifest.Events[0].Sessions.Single(s => s.Code == "NET").Id;
        var accepted = manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Select(i => i.Id).ToList();
        using var a = new SoapClient(nodeA.Endpoint);
        using var b = new SoapClient(nodeB!.Endpoint);
        var tokenA = await LoginAsync(a, manifest);
        var calls = await KillMidStream.RunAsync(nodeA, a, tokenA, lounge, accepted, killAfter: 40);

        // Node B carries on with the same token; every answered registration is there.
        var registeredAnswers = calls.Where(c => c.Answer is not null).SelectMany(c => c.Ids).ToList();
        Assert.NotEmpty(registeredAnswers);
        var check = await b.SessionRegActionAsync(tokenA, "Register", lounge, registeredAnswers.Take(200));
        Assert.All(check, r => Assert.Equal("CV90105", r.ErrorCode));
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { Postgres = database.ConnectionString }, TimeProvider.System);
        var accountKey = (await store.FindAccountAsync(manifest.AccountNumber))!.Key;
        var registered = (await store.ExportRegistrationsAsync(accountKey).Where(r => r.SessionId == lounge).ToListAsync()).Select(r => r.RegistrantId).ToHashSet();
        Assert.Null(KillMidStream.Check(calls, registered, accepted.Count));
        Assert.Empty(await store.VerifyAsync());
        var (exit, report) = await VerifyCommand.RunAsync("--postgres", database.ConnectionString);
        Assert.True(exit == 0, report);
    }

    [Fact]
    public async Task ConcurrentRetriesOfOneIdempotencyKey_OnTwoNodes_RunOnce_AndAllAnswerTheSameBytes()
    {
        // docs/idempotency.md: the second node's claim of the key waits for the first node's transaction, then replays.
        var ct = TestContext.Current.CancellationToken;
        await StartNodesAsync();
        using var client = new SoapClient(nodeA!.Endpoint);
        var token = await LoginAsync(client, nodeA.Manifest);
        var workshop = nodeA.Manifest.Events[0].Sessions.Single(s => s.Code == "WKS").Id;
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", workshop,
            [.. nodeA.Manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Take(4).Select(i => ((string?)i.Id, (string?)null, (string?)null))]);
        using var http = new HttpClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(
            () => RawSoapPost.PostAsync(http, (i % 2 == 0 ? nodeA : nodeB!).Endpoint, envelope, "SessionRegAction", "two-nodes-1", cancellationToken: ct), ct)));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.All(replies, r => Assert.Equal(replies[0].Body, r.Body));
        Assert.Single(replies, r => !r.Replayed);
        Assert.All(ItemResult.Parse(System.Xml.Linq.XDocument.Parse(replies[0].Text)), r => Assert.True(r.Success));
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { Postgres = database.ConnectionString }, TimeProvider.System);
        var account = (await store.FindAccountAsync(nodeA.Manifest.AccountNumber, ct))!;
        Assert.Equal(4, await store.ExportRegistrationsAsync(account.Key, ct).CountAsync(r => r.SessionId == workshop, ct));
    }
}
