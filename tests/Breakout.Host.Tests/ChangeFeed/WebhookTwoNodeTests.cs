using Breakout.TestSupport;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>
/// Two Breakout processes on one PostgreSQL database, both delivering webhooks, one subscription to a loopback
/// receiver that fails some requests: changes made through both nodes reach the receiver exactly in feed order,
/// without gaps, each webhook-id acknowledged once (the failed requests are retried with the same ID).
/// </summary>
public sealed class WebhookTwoNodeTests
{
    [Fact]
    public async Task Webhook_WithChangesThroughTwoNodes_DeliversTheFeedInOrder_WithoutGaps_EachWebhookIdAcknowledgedOnce()
    {
        var (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skipReason!);
        }

        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "webhook-nodes-" + Guid.NewGuid().ToString("N"));
        string[] args =
        [
            "--postgres", database.ConnectionString, .. FeedApi.Enabled, "--Breakout:ChangeFeed:Webhooks:PollMilliseconds=100",
            "--Breakout:ChangeFeed:Webhooks:BackoffSeconds=0.1", "--Breakout:ChangeFeed:Webhooks:MaxBackoffSeconds=0.2",
            "--Breakout:ChangeFeed:Webhooks:MaxAttempts=1000",
        ];
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => n % 4 == 0 ? 500 : 204; // every fourth request fails: retried with the same webhook-id
        try
        {
            // A seeds the demo tenant; B starts on the now non-empty database (as TwoNodeTests start theirs).
            await using var nodeA = await BreakoutProcess.StartAsync(directory, args, TestContext.Current.CancellationToken);
            await using var nodeB = await BreakoutProcess.StartAsync(directory, args, TestContext.Current.CancellationToken);
            using var api = FeedApi.For(nodeA.Endpoint);
            var account = nodeA.Manifest.AccountNumber;
            var webhook = await api.JsonAsync(HttpMethod.Post, "webhooks", new { account, url = receiver.Url });
            var (from, secret) = (webhook.GetProperty("deliveredPosition").GetInt64(), webhook.GetProperty("secret").GetString()!);

            var conference = nodeA.Manifest.Events[0];
            var people = conference.Invitees.Where(i => i.Status == "Accepted").Take(16).Select(i => i.Id).ToArray();
            string[] sessions = [.. new[] { "MTA", "NET" }.Select(code => conference.Sessions.Single(s => s.Code == code).Id)]; // never full: every call changes one thing
            var writers = new[] { nodeA, nodeB }.Select((node, n) => Task.Run(async () =>
            {
                using var client = new SoapClient(node.Endpoint);
                var token = await client.LoginAsync(node.Manifest.AccountNumber, node.Manifest.UserName, node.Manifest.Password);
                foreach (var person in people.Skip(n * 8).Take(8))
                {
                    foreach (var session in sessions)
                    {
                        await client.SessionRegActionAsync(token, "Register", session, [person]);
                    }

                    await client.SessionRegActionAsync(token, "Unregister", sessions[0], [person]);
                }
            }, TestContext.Current.CancellationToken)).ToArray();
            await Task.WhenAll(writers);

            var feed = await api.ChangesAsync(account, from);
            Assert.Equal(Enumerable.Range(1, feed.Count).Select(n => from + n), feed.Select(c => c.GetProperty("position").GetInt64()));
            Assert.Equal(48, feed.Count); // sixteen people: two registrations and one unregistration each
            await receiver.WaitUntilAsync(r => r.Delivered().Count >= feed.Count);
            Assert.Equal(feed.Count, receiver.Delivered().Count); // and nothing beyond the feed

            var delivered = receiver.Delivered();
            Assert.Equal(feed.Select(c => c.GetRawText()), delivered.Select(d => d.Json.GetProperty("data").GetRawText())); // the feed, exactly, in order
            Assert.All(receiver.Requests, r => Assert.True(r.IsSignedWith(secret), r.Id));
            var acknowledged = receiver.Requests.Where(r => r.Status is >= 200 and < 300).GroupBy(r => r.Id).ToList();
            Assert.All(acknowledged, g => Assert.Single(g));
            Assert.Contains(receiver.Requests, r => r.Status == 500);
            Assert.All(receiver.Requests.Where(r => r.Status == 500), failed => Assert.Contains(acknowledged, g => g.Key == failed.Id)); // every failure retried
        }
        finally
        {
            await database.DisposeAsync();
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
