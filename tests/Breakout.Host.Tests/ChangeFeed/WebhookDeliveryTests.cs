using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>
/// Webhooks delivered by an in-process server on a manual clock to a receiver the test starts on 127.0.0.1: signed,
/// in order, retried with backoff, dead after too many failures, redelivered by hand. The clock moves only when a
/// test moves it, so the backoff is checked as times, never by waiting.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private static string[] Settings(params string[] extra) =>
    [
        .. FeedApi.Enabled, "--Breakout:ChangeFeed:Webhooks:PollMilliseconds=50", "--Breakout:ChangeFeed:Webhooks:BackoffSeconds=5",
        "--Breakout:ChangeFeed:Webhooks:MaxBackoffSeconds=60", "--Breakout:ChangeFeed:Webhooks:MaxAttempts=3", .. extra,
    ];

    private Task<BreakoutServer> StartServerAsync(params string[] extra) =>
        BreakoutServer.StartAsync(Settings(extra), s => s.AddSingleton<TimeProvider>(clock));

    [Fact]
    public async Task Webhook_ToAnHttpsReceiver_DeliversEveryChangeInOrder_SignedAsStandardWebhooksSays()
    {
        using var certificate = TestCertificate.SelfSigned();
        var certificateFile = Path.Combine(Path.GetTempPath(), $"breakout-webhook-{Guid.NewGuid():N}.cer");
        await File.WriteAllBytesAsync(certificateFile, certificate.Export(X509ContentType.Cert), TestContext.Current.CancellationToken);
        try
        {
            await using var receiver = await WebhookReceiver.StartAsync(certificate: certificate);
            await using var server = await StartServerAsync($"--Breakout:ChangeFeed:Webhooks:TrustedCertificateFile={certificateFile}");
            using var api = FeedApi.For(server.Endpoint);
            Assert.StartsWith("https://127.0.0.1:", receiver.Url, StringComparison.Ordinal);
            var (id, secret, from) = await SubscribeAsync(api, server, receiver);
            var people = await RegisterSixInTheWorkshopAsync(server);

            await receiver.WaitUntilAsync(r => r.Delivered().Count == 6);

            var delivered = receiver.Delivered();
            Assert.Equal(Enumerable.Range(1, 6).Select(n => from + n), delivered.Select(d => d.Position));
            Assert.Equal([.. Enumerable.Repeat("session.registered", 5), "session.waitlisted"], delivered.Select(d => d.Type));
            Assert.Equal(people, delivered.Select(d => d.Json.GetProperty("data").GetProperty("registrantId").GetString()));
            Assert.All(delivered, d => Assert.True(d.IsSignedWith(secret), $"{d.Id}: {d.Signature}"));
            Assert.All(delivered, d => Assert.Equal(clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), d.Timestamp));
            Assert.Equal(6, delivered.Select(d => d.Id).Distinct().Count());
            Assert.All(delivered, d => Assert.Equal(server.Manifest.AccountNumber, d.Json.GetProperty("account").GetString()));
            var log = await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries");
            Assert.Equal(6, log.EnumerateArray().Count(a => a.GetProperty("delivered").GetBoolean()));
        }
        finally
        {
            File.Delete(certificateFile);
        }
    }

    [Fact]
    public async Task Webhook_ReceiverFailingTheFirstAttempts_IsRetriedWithGrowingBackoff_ThenGetsEveryChangeInOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => n <= 2 ? 500 : 200;
        await using var server = await StartServerAsync();
        using var api = FeedApi.For(server.Endpoint);
        var (id, _, from) = await SubscribeAsync(api, server, receiver);

        await RegisterSixInTheWorkshopAsync(server);

        await WaitForAttemptsAsync(api, id, 1);
        Assert.Equal((1, clock.GetUtcNow().AddSeconds(5)), await StateAsync(api, id));
        clock.Advance(TimeSpan.FromSeconds(5));
        await WaitForAttemptsAsync(api, id, 2);
        Assert.Equal((2, clock.GetUtcNow().AddSeconds(10)), await StateAsync(api, id));
        clock.Advance(TimeSpan.FromSeconds(10));
        await receiver.WaitUntilAsync(r => r.Delivered().Count == 6);

        Assert.Equal(Enumerable.Range(1, 6).Select(n => from + n), receiver.Delivered().Select(d => d.Position));
        var first = receiver.Requests.Take(3).ToList();
        Assert.Equal([500, 500, 200], first.Select(r => r.Status));
        Assert.Single(first.Select(r => r.Id).Distinct()); // a retry is the same message: same webhook-id
        var log = (await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries")).EnumerateArray().ToList();
        Assert.Equal(
            [(from + 1, 1, 500, false), (from + 1, 2, 500, false), (from + 1, 3, 200, true)],
            log.Take(3).Select(a => (a.GetProperty("position").GetInt64(), a.GetProperty("attempt").GetInt32(), a.GetProperty("statusCode").GetInt32(), a.GetProperty("delivered").GetBoolean())));
    }

    [Fact]
    public async Task Webhook_FailingMaxAttemptsInARow_IsDead_AndAfterRedeliveryGetsEveryChangeInOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => 503;
        await using var server = await StartServerAsync();
        using var api = FeedApi.For(server.Endpoint);
        var (id, _, from) = await SubscribeAsync(api, server, receiver);
        await RegisterSixInTheWorkshopAsync(server);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await WaitForAttemptsAsync(api, id, attempt);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var dead = await WebhookAsync(api, id);
        Assert.Equal(("dead", 3, "HTTP 503"), (dead.GetProperty("state").GetString(), dead.GetProperty("failures").GetInt32(), dead.GetProperty("lastError").GetString()));
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300, TestContext.Current.CancellationToken); // several polls: a dead subscription is not tried again
        Assert.Equal(3, receiver.Requests.Count);

        receiver.Answer = _ => 204;
        var redelivered = await api.JsonAsync(HttpMethod.Post, $"webhooks/{id}/redeliver", new { });
        Assert.Equal("active", redelivered.GetProperty("state").GetString());
        await receiver.WaitUntilAsync(r => r.Delivered().Count == 6);

        Assert.Equal(Enumerable.Range(1, 6).Select(n => from + n), receiver.Delivered().Select(d => d.Position));
        Assert.Equal("active", (await WebhookAsync(api, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Webhook_PlainHttpToAnotherMachine_IsRefused()
    {
        await using var server = await StartServerAsync();
        using var api = FeedApi.For(server.Endpoint);

        using var refused = await api.SendAsync(HttpMethod.Post, "webhooks", new { account = server.Manifest.AccountNumber, url = "http://example.com/hook" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    /// <summary>Subscribes the receiver to the demo account's changes from now on: the ID, the secret and the last position before.</summary>
    private static async Task<(string Id, string Secret, long From)> SubscribeAsync(FeedApi api, BreakoutServer server, WebhookReceiver receiver)
    {
        var webhook = await api.JsonAsync(HttpMethod.Post, "webhooks", new { account = server.Manifest.AccountNumber, url = receiver.Url });
        return (webhook.GetProperty("id").GetString()!, webhook.GetProperty("secret").GetString()!, webhook.GetProperty("deliveredPosition").GetInt64());
    }

    private static async Task<string[]> RegisterSixInTheWorkshopAsync(BreakoutServer server)
    {
        var token = await server.LoginAsync();
        var people = server.AcceptedInvitees.Take(6).Select(i => i.Id).ToArray();
        await server.SessionRegActionAsync(token, "Register", server.Session("WKS").Id, [.. people.Select(p => ((string?)p, (string?)null, (string?)null))]);
        return people;
    }

    private static async Task WaitForAttemptsAsync(FeedApi api, string id, int count)
    {
        for (var poll = 0; poll < 600; poll++)
        {
            if ((await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries")).GetArrayLength() >= count)
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Webhook {id} was not attempted {count} times.");
    }

    private static async Task<JsonElement> WebhookAsync(FeedApi api, string id) =>
        (await api.JsonAsync(HttpMethod.Get, "webhooks")).EnumerateArray().Single(w => w.GetProperty("id").GetString() == id);

    private static async Task<(int Failures, DateTimeOffset NextAttemptAt)> StateAsync(FeedApi api, string id)
    {
        var webhook = await WebhookAsync(api, id);
        return (webhook.GetProperty("failures").GetInt32(), webhook.GetProperty("nextAttemptAt").GetDateTimeOffset());
    }
}
