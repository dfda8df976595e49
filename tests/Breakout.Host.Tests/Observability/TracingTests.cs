using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Breakout.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Breakout.Host.Tests.Observability;

/// <summary>
/// Spans of a SOAP call over real HTTP: the call's span under the request's W3C traceparent, the store's work as its
/// children, and their export over OTLP/HTTP to a receiver in this process.
/// </summary>
public sealed class TracingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Posts a SessionRegAction (one item registered, one refused) carrying <paramref name="traceparent"/>.</summary>
    private static async Task<SoapReply> SessionRegActionAsync(BreakoutServer server, string token, string traceparent)
    {
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", server.Session("KEY").Id,
            (server.AcceptedInvitees.First().Id, null, null), (Guid.NewGuid().ToString().ToUpperInvariant(), null, null));
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent(envelope, Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action("SessionRegAction"));
        request.Headers.TryAddWithoutValidation("traceparent", traceparent);
        return await server.SendAsync(request);
    }

    /// <summary>
    /// Records every span of <paramref name="sources"/> in the trace <paramref name="traceId"/> once it ends (the
    /// listener sees every test's spans: the trace ID keeps this test's apart).
    /// </summary>
    private static ActivityListener Listen(ActivityTraceId traceId, ConcurrentQueue<Activity> spans, params string[] sources)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => sources.Contains(source.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    spans.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    /// <summary>Waits (boundedly) for a condition that the server makes true just after it answers.</summary>
    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50, Cancel);
        }
    }

    [Fact]
    public async Task SoapCall_IsASpanUnderTheRequestsTraceparent_WithTheStoreWorkAsChildren()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(traceId, spans, "Breakout.Soap", "Breakout.Storage", "Microsoft.AspNetCore");
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();

        var reply = await SessionRegActionAsync(server, token, $"00-{traceId}-{callerSpan}-01");
        await EventuallyAsync(() => spans.Any(s => s.Source.Name == "Microsoft.AspNetCore"));

        Assert.Equal(200, reply.Status);
        var http = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        var soap = Assert.Single(spans, s => s.Source.Name == "Breakout.Soap");
        var store = spans.Where(s => s.Source.Name == "Breakout.Storage").ToList();
        Assert.Equal(callerSpan, http.ParentSpanId);
        Assert.Equal(http.SpanId, soap.ParentSpanId);
        Assert.Equal("SessionRegAction", soap.DisplayName);
        Assert.Equal(
            [("breakout.account_number", server.Manifest.AccountNumber), ("breakout.item_count", "2"), ("breakout.result", "item_errors"),
                ("rpc.method", "SessionRegAction"), ("rpc.service", "V200611"), ("rpc.system", "soap")],
            soap.TagObjects.Select(t => (t.Key, Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture))).OrderBy(t => t.Key, StringComparer.Ordinal));
        Assert.NotEmpty(store);
        Assert.All(store, s => Assert.Equal(soap.SpanId, s.ParentSpanId));
        Assert.Contains(store, s => s.DisplayName == "store.write" && (string?)s.GetTagItem("db.operation.name") == "SessionRegAction");
        Assert.DoesNotContain(spans, s => s.TagObjects.Any(t => t.Value is string v && v.Contains(token, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Fault_MarksTheSpanAsAnError_WithTheFaultCode()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var spans = new ConcurrentQueue<Activity>();
        using var listener = Listen(traceId, spans, "Breakout.Soap");
        await using var server = await BreakoutServer.StartAsync();

        var reply = await SessionRegActionAsync(server, "not-a-session", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        Assert.Equal("CV10104", reply.FaultCode);
        var soap = Assert.Single(spans);
        Assert.Equal(ActivityStatusCode.Error, soap.Status);
        Assert.Equal("CV10104", soap.GetTagItem("error.type"));
        Assert.Equal("fault", soap.GetTagItem("breakout.result"));
    }

    [Fact]
    public async Task WithAnOtlpEndpoint_SpansAndMetricsAreExportedOverOtlpHttp()
    {
        var received = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        await using var collector = await StartCollectorAsync(received);
        var traceId = ActivityTraceId.CreateRandom();
        await using var server = await BreakoutServer.StartAsync(
            [$"--Breakout:OtlpEndpoint={collector.Urls.Single()}", "--Breakout:OtlpProtocol=http/protobuf"]);
        var token = await server.LoginAsync();

        await SessionRegActionAsync(server, token, $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush(30_000));
        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush(30_000));

        var traceIdBytes = new byte[16];
        traceId.CopyTo(traceIdBytes);
        var exports = received.Where(r => r.Path == "/v1/traces" && r.Body.AsSpan().IndexOf(traceIdBytes) >= 0).ToList();
        var export = Assert.Single(exports);
        Assert.Equal("application/x-protobuf", export.ContentType);
        // OTLP's protobuf carries names and string values as UTF-8.
        Assert.Contains(export.Body, b => b == 0); // binary, not JSON
        foreach (var text in new[] { "SessionRegAction", "store.write", "breakout.account_number", server.Manifest.AccountNumber, "item_errors" })
        {
            Assert.True(export.Body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0, $"{text} is not in the exported spans");
        }

        Assert.Contains(received, r => r.Path == "/v1/metrics" && r.ContentType == "application/x-protobuf"
            && r.Body.AsSpan().IndexOf("breakout.soap.calls"u8) >= 0 && r.Body.AsSpan().IndexOf("breakout.store.commit.duration"u8) >= 0);
    }

    /// <summary>An OTLP/HTTP receiver: keeps every POST it gets and answers 200 with an empty protobuf message.</summary>
    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<(string, string?, byte[])> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            received.Enqueue((context.Request.Path.Value!, context.Request.ContentType, body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync(Cancel);
        return app;
    }
}
