using Breakout.TestSupport;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>
/// A receiver that is down while the node delivering to it is killed (SIGKILL) gets every change, in order, once it
/// is back and a node runs again: where a subscription is in the feed is in the database, not in the node.
/// </summary>
public sealed class WebhookCrashTests
{
    [Fact]
    public async Task Webhook_ReceiverDownWhileTheNodeIsKilled_GetsEveryChangeInOrder_OnceBack()
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "webhook-crash-" + Guid.NewGuid().ToString("N"));
        var port = WebhookReceiver.FreePort();
        string[] args =
        [
            "--db", Path.Combine(directory, "breakout.db"), .. FeedApi.Enabled, "--Breakout:ChangeFeed:Webhooks:PollMilliseconds=100",
            "--Breakout:ChangeFeed:Webhooks:BackoffSeconds=0.2", "--Breakout:ChangeFeed:Webhooks:MaxBackoffSeconds=0.5",
            "--Breakout:ChangeFeed:Webhooks:MaxAttempts=1000", "--Breakout:ChangeFeed:Webhooks:LeaseSeconds=3",
            "--Breakout:ChangeFeed:Webhooks:TimeoutSeconds=2",
        ];
        try
        {
            long from;
            string[] people;
            await using (var node = await BreakoutProcess.StartAsync(directory, args, TestContext.Current.CancellationToken))
            {
                using var api = FeedApi.For(node.Endpoint);
                var webhook = await api.JsonAsync(HttpMethod.Post, "webhooks", new { account = node.Manifest.AccountNumber, url = $"http://127.0.0.1:{port}/hook" });
                from = webhook.GetProperty("deliveredPosition").GetInt64();
                var workshop = node.Manifest.Events[0].Sessions.Single(s => s.Code == "WKS").Id;
                people = [.. node.Manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Take(6).Select(i => i.Id)];
                using var client = new SoapClient(node.Endpoint);
                var token = await client.LoginAsync(node.Manifest.AccountNumber, node.Manifest.UserName, node.Manifest.Password);
                await client.SessionRegActionAsync(token, "Register", workshop, people);
                await client.SessionRegActionAsync(token, "Unregister", workshop, [people[0]]);

                // The receiver is down: wait until the node has failed to deliver a few times, then kill it.
                var id = webhook.GetProperty("id").GetString()!;
                for (var poll = 0; poll < 300 && (await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries")).GetArrayLength() < 3; poll++)
                {
                    await Task.Delay(100, TestContext.Current.CancellationToken);
                }

                Assert.DoesNotContain((await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries")).EnumerateArray(), a => a.GetProperty("delivered").GetBoolean());
                await node.KillAsync();
            }

            await using var receiver = await WebhookReceiver.StartAsync(port);
            await using var restarted = await BreakoutProcess.StartAsync(directory, args, TestContext.Current.CancellationToken);

            await receiver.WaitUntilAsync(r => r.Delivered().Count == 8);

            var delivered = receiver.Delivered();
            Assert.Equal(Enumerable.Range(1, 8).Select(n => from + n), delivered.Select(d => d.Position));
            Assert.Equal(
                [.. Enumerable.Repeat("session.registered", 5), "session.waitlisted", "session.unregistered", "session.promoted"],
                delivered.Select(d => d.Type));
            Assert.Equal(people[5], delivered[^1].Json.GetProperty("data").GetProperty("registrantId").GetString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
