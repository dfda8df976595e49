using System.Xml.Linq;
using Breakout.Admin;
using Breakout.TestSupport;

namespace Breakout.MultiNode.Tests;

/// <summary>Concurrent retries of one <c>Idempotency-Key</c> on two Breakout processes on one PostgreSQL database (docs/idempotency.md).</summary>
public sealed class TwoNodeIdempotencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "idem-nodes-" + Guid.NewGuid().ToString("N"));
    private BreakoutProcess? nodeA;
    private BreakoutProcess? nodeB;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var node in new[] { nodeA, nodeB })
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task ConcurrentRetriesOfOneKey_OnTwoNodes_RunOnce_AndAllAnswerTheSameBytes()
    {
        var ct = TestContext.Current.CancellationToken;
        database.RequireServer();
        nodeA = await BreakoutProcess.StartAsync(directory, ["--postgres", database.ConnectionString], ct);
        nodeB = await BreakoutProcess.StartAsync(directory, ["--postgres", database.ConnectionString], ct);
        using var client = new SoapClient(nodeA.Endpoint);
        var token = await client.LoginAsync(nodeA.Manifest.AccountNumber, nodeA.Manifest.UserName, nodeA.Manifest.Password);
        var workshop = nodeA.Manifest.Events[0].Sessions.Single(s => s.Code == "WKS").Id;
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", workshop,
            [.. nodeA.Manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Take(4).Select(i => ((string?)i.Id, (string?)null, (string?)null))]);
        using var http = new HttpClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(
            () => RawSoapPost.PostAsync(http, (i % 2 == 0 ? nodeA : nodeB).Endpoint, envelope, "SessionRegAction", "two-nodes-1", cancellationToken: ct), ct)));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.All(replies, r => Assert.Equal(replies[0].Body, r.Body));
        Assert.Single(replies, r => !r.Replayed);
        Assert.All(ItemResult.Parse(XDocument.Parse(replies[0].Text)), r => Assert.True(r.Success));
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { Postgres = database.ConnectionString }, TimeProvider.System);
        var account = (await store.FindAccountAsync(nodeA.Manifest.AccountNumber, ct))!;
        Assert.Equal(4, await store.ExportRegistrationsAsync(account.Key, ct).CountAsync(r => r.SessionId == workshop, ct));
    }
}
