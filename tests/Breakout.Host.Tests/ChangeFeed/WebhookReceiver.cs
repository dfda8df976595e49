using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>
/// A webhook receiver started by a test: Kestrel on 127.0.0.1 (HTTPS with a certificate when given), recording every
/// request; <see cref="Answer"/> decides each answer's status from the number of the request (1 first).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;

    private WebhookReceiver(WebApplication app, string url)
    {
        this.app = app;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Every request, in the order they arrived, whatever was answered.</summary>
    public ConcurrentQueue<Received> Requests { get; } = new();

    /// <summary>The status to answer the nth request with (default 204).</summary>
    public Func<int, int> Answer { get; set; } = _ => 204;

    /// <summary>A free loopback port, for a receiver that must start later at a known URL.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<WebhookReceiver> StartAsync(int port = 0, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        WebhookReceiver? receiver = null;
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var n = Interlocked.Increment(ref receiver!.requests);
            var status = receiver.Answer(n);
            receiver.Requests.Enqueue(new Received(
                request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(), request.Headers["webhook-signature"].ToString(), body, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        receiver = new WebhookReceiver(app, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/hook");
        return receiver;
    }

    /// <summary>The requests answered 2xx, once per webhook-id (delivery is at least once), in the order they arrived.</summary>
    public IReadOnlyList<Received> Delivered() =>
        [.. Requests.Where(r => r.Status is >= 200 and < 300).DistinctBy(r => r.Id)];

    /// <summary>Waits (bounded) until <paramref name="done"/> holds; fails the test with what arrived when it never does.</summary>
    public async Task WaitUntilAsync(Func<WebhookReceiver, bool> done, Func<Task>? meanwhile = null)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (done(this))
            {
                return;
            }

            if (meanwhile is not null)
            {
                await meanwhile();
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"The receiver did not get what was expected; it got {Requests.Count} requests: {string.Join(", ", Requests.Select(r => $"{r.Id}={r.Status}"))}");
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>One request: the Standard Webhooks headers, the body, and the status answered.</summary>
    public sealed record Received(string Id, string Timestamp, string Signature, string Body, int Status)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;

        public long Position => Json.GetProperty("data").GetProperty("position").GetInt64();

        public string Type => Json.GetProperty("type").GetString()!;

        /// <summary>
        /// Whether the signature is right, computed here independently of Breakout's code: HMAC-SHA256 with the
        /// secret's key bytes (base64 after <c>whsec_</c>) over <c>id.timestamp.body</c>, base64, after <c>v1,</c>.
        /// </summary>
        public bool IsSignedWith(string secret)
        {
            var key = Convert.FromBase64String(secret["whsec_".Length..]);
            var expected = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Body}")));
            return Signature.Split(' ').Any(s => s == "v1," + expected);
        }
    }
}
