using System.Collections.Concurrent;
using Breakout.Host.Tests.Observability.Otlp;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Host.Tests.Observability;

/// <summary>
/// An OTLP collector over gRPC in this process: an ASP.NET Core gRPC server (HTTP/2 without TLS on a loopback port)
/// serving OTLP's TraceService and MetricsService, keeping every export request it decodes.
/// </summary>
internal sealed class OtlpGrpcReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private OtlpGrpcReceiver(WebApplication app, Exports exports)
    {
        this.app = app;
        Traces = exports.Traces;
        Metrics = exports.Metrics;
    }

    /// <summary>The address to give the exporter (<c>http://127.0.0.1:PORT</c>).</summary>
    public string Url => app.Urls.Single();

    public ConcurrentQueue<ExportTraceServiceRequest> Traces { get; }

    public ConcurrentQueue<ExportMetricsServiceRequest> Metrics { get; }

    public static async Task<OtlpGrpcReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddGrpc();
        var exports = new Exports();
        builder.Services.AddSingleton(exports);
        var app = builder.Build();
        app.MapGrpcService<TraceReceiver>();
        app.MapGrpcService<MetricsReceiver>();
        await app.StartAsync(cancellationToken);
        return new OtlpGrpcReceiver(app, exports);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private sealed class Exports
    {
        public ConcurrentQueue<ExportTraceServiceRequest> Traces { get; } = new();

        public ConcurrentQueue<ExportMetricsServiceRequest> Metrics { get; } = new();
    }

    private sealed class TraceReceiver(Exports exports) : TraceService.TraceServiceBase
    {
        public override Task<ExportTraceServiceResponse> Export(ExportTraceServiceRequest request, ServerCallContext context)
        {
            exports.Traces.Enqueue(request);
            return Task.FromResult(new ExportTraceServiceResponse());
        }
    }

    private sealed class MetricsReceiver(Exports exports) : MetricsService.MetricsServiceBase
    {
        public override Task<ExportMetricsServiceResponse> Export(ExportMetricsServiceRequest request, ServerCallContext context)
        {
            exports.Metrics.Enqueue(request);
            return Task.FromResult(new ExportMetricsServiceResponse());
        }
    }
}
