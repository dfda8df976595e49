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
/// children, and their export over OTLP (HTTP/protobuf, and gRPC) to a receiver in this process.
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

    [Fact]
    public async Task WithAnOtlpGrpcEndpoint_TheCallsSpansAndMetricsReachAGrpcCollector()
    {
        await using var collector = await OtlpGrpcReceiver.StartAsync(Cancel);
        var traceId = ActivityTraceId.CreateRandom();
        await using var server = await BreakoutServer.StartAsync([$"--Breakout:OtlpEndpoint={collector.Url}"]); // grpc is the default protocol
        var token = await server.LoginAsync();

        var reply = await SessionRegActionAsync(server, token, $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        Assert.True(server.Services.GetRequiredService<TracerProvider>().ForceFlush(30_000));
        Assert.True(server.Services.GetRequiredService<MeterProvider>().ForceFlush(30_000));

        Assert.Equal(200, reply.Status);
        var traceIdBytes = new byte[16];
        traceId.CopyTo(traceIdBytes);
        var spans = (
            from export in collector.Traces
            from resource in export.ResourceSpans
            from scope in resource.ScopeSpans
            from span in scope.Spans
            where span.TraceId.Span.SequenceEqual(traceIdBytes)
            select (Scope: scope.Scope.Name, Service: Attributes(resource.Resource.Attributes)["service.name"], Span: span)).ToList();
        var soap = Assert.Single(spans, s => s.Scope == "Breakout.Soap");
        Assert.Equal("SessionRegAction", soap.Span.Name);
        Assert.Equal("breakout", soap.Service);
        var tags = Attributes(soap.Span.Attributes);
        Assert.Equal(server.Manifest.AccountNumber, tags["breakout.account_number"]);
        Assert.Equal(2L, tags["breakout.item_count"]);
        Assert.Equal("item_errors", tags["breakout.result"]);
        Assert.Equal("SessionRegAction", tags["rpc.method"]);
        var store = spans.Where(s => s.Scope == "Breakout.Storage").Select(s => s.Span).ToList();
        Assert.Contains(store, s => s.Name == "store.write");
        Assert.All(store, s => Assert.Equal(soap.Span.SpanId, s.ParentSpanId));

        // Cumulative sums: the last export holds the totals since start.
        var metrics = (
            from resource in collector.Metrics.Last().ResourceMetrics
            from scope in resource.ScopeMetrics
            from metric in scope.Metrics
            select metric).ToDictionary(m => m.Name);
        Assert.Equal(1, Point(metrics["breakout.soap.calls"], ("operation", "SessionRegAction"), ("result", "item_errors")).AsInt);
        Assert.Equal(1, Point(metrics["breakout.sessionreg.items"], ("action", "register"), ("outcome", "registered")).AsInt);
        Assert.Equal(1, Point(metrics["breakout.sessionreg.items"], ("action", "register"), ("outcome", "refused")).AsInt);
        var duration = Assert.Single(metrics["breakout.soap.call.duration"].Histogram.DataPoints, p => Attributes(p.Attributes)["operation"] is "SessionRegAction");
        Assert.Equal(1UL, duration.Count);
        Assert.Equal("s", metrics["breakout.soap.call.duration"].Unit);
        Assert.Contains("breakout.store.commit.duration", metrics.Keys);
    }

    /// <summary>OTLP attributes as a dictionary of their string, integer, boolean or floating-point values.</summary>
    private static Dictionary<string, object?> Attributes(IEnumerable<Otlp.KeyValue> attributes) =>
        attributes.ToDictionary(a => a.Key, a => a.Value.ValueCase switch
        {
            Otlp.AnyValue.ValueOneofCase.StringValue => a.Value.StringValue,
            Otlp.AnyValue.ValueOneofCase.IntValue => a.Value.IntValue,
            Otlp.AnyValue.ValueOneofCase.BoolValue => a.Value.BoolValue,
            Otlp.AnyValue.ValueOneofCase.DoubleValue => (object?)a.Value.DoubleValue,
            _ => null,
        });

    /// <summary>The one point of a sum whose attributes include <paramref name="labels"/>.</summary>
    private static Otlp.NumberDataPoint Point(Otlp.Metric metric, params (string Key, string Value)[] labels) =>
        Assert.Single(metric.Sum.DataPoints, p => labels.All(l => Attributes(p.Attributes).GetValueOrDefault(l.Key) as string == l.Value));

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
