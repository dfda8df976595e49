using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Breakout.Admin.Webhooks;
using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>
/// Delivers webhook subscriptions from this node: every poll it leases the subscriptions that are due and have
/// changes to send (a subscription is delivered by one node at a time; a dead node's lease runs out and another node
/// takes over), and sends each one's changes one at a time, in position order, signed as Standard Webhooks says. A
/// 2xx answer moves the subscription on; anything else (or no answer) is retried with exponential backoff, and after
/// <see cref="WebhookSettings.MaxAttempts"/> failures in a row the subscription is dead until redelivered.
/// Delivery is at least once: a node that dies between the receiver's answer and recording it sends the change again,
/// with the same <c>webhook-id</c>. Times (backoff, leases) come from the <see cref="TimeProvider"/>.
/// </summary>
internal sealed class WebhookDelivery(IBreakoutStore store, WebhookSettings settings, TimeProvider time, ILogger<WebhookDelivery> logger) : BackgroundService
{
    private const int PageSize = 100;

    /// <summary>This process's name in the lease rows (another process, or this one restarted, is another node).</summary>
    private readonly string node = LeaseNode.NewName();

    private readonly HttpClient client = CreateClient(settings);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(settings.LeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var webhook in await store.LeaseDueWebhooksAsync(node, lease, 50, stoppingToken))
                {
                    await DeliverAsync(webhook, time.GetUtcNow() + (lease / 2), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Webhook delivery failed; it is tried again at the next poll");
            }

            try
            {
                await Task.Delay(settings.PollMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends a leased subscription's changes in order, until one fails, none is left, or half the lease is used.</summary>
    private async Task DeliverAsync(WebhookRecord webhook, DateTimeOffset stopAt, CancellationToken cancellationToken)
    {
        var delivered = webhook.DeliveredPosition;
        var failures = webhook.Failures;
        while (time.GetUtcNow() < stopAt)
        {
            var changes = await store.ReadChangesAsync(webhook.AccountKey, delivered, PageSize, cancellationToken);
            if (changes.Count == 0)
            {
                return;
            }

            foreach (var change in changes)
            {
                var (status, error) = await SendAsync(webhook, change, cancellationToken);
                var now = time.GetUtcNow();
                var attempt = failures + 1;
                var ok = error is null;
                var dead = !ok && attempt >= settings.MaxAttempts;
                var recorded = await store.RecordWebhookAttemptAsync(
                    webhook.Key, node, new WebhookAttempt(change.Position, attempt, now, status, error, ok, now + Backoff.After(attempt, settings.BackoffSeconds, settings.MaxBackoffSeconds), dead), CancellationToken.None);
                if (!recorded || !ok)
                {
                    if (dead)
                    {
                        logger.LogWarning("Webhook {Id} to {Url} is dead after {Attempts} failed attempts: {Error}", webhook.Id, webhook.Url, attempt, error);
                    }

                    return;
                }

                (delivered, failures) = (change.Position, 0);
            }
        }
    }

    /// <summary>Posts one change; the receiver's status, and an error unless it answered 2xx.</summary>
    private async Task<(int? Status, string? Error)> SendAsync(WebhookRecord webhook, ChangeRecord change, CancellationToken cancellationToken)
    {
        if (WebhookUrl.Problem(webhook.Url, settings.AllowHttp) is { } refused)
        {
            return (null, refused);
        }

        var id = $"msg_{webhook.Id:N}_{change.Position}";
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        var body = JsonSerializer.Serialize(new WebhookMessage(change.Type, change.At, webhook.AccountNumber, change), ChangeJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSecret.Sign(webhook.Secret, id, timestamp, body));
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return (status, status is >= 200 and < 300 ? null : $"HTTP {status}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, ex is TaskCanceledException ? $"no answer within {settings.TimeoutSeconds} s" : ex.Message);
        }
    }

    private static HttpClient CreateClient(WebhookSettings settings)
    {
        var trusted = settings.TrustedCertificateFile is { Length: > 0 } file ? X509CertificateLoader.LoadCertificateFromFile(file) : null;
        var handler = new SocketsHttpHandler
        {
            // A redirect is a failure (Standard Webhooks): the receiver's URL is the one that was subscribed.
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (trusted is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None
                || (certificate is not null && errors == SslPolicyErrors.RemoteCertificateChainErrors
                    && certificate.GetCertHash().AsSpan().SequenceEqual(trusted.GetCertHash()));
        }

        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) };
    }

    public override void Dispose()
    {
        client.Dispose();
        base.Dispose();
    }
}
