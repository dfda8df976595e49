using System.Diagnostics.Metrics;
using Breakout.Domain.Access;
using Breakout.Soap.Telemetry;
using Breakout.Storage.Sql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Breakout.Host.Observability;

/// <summary>
/// Metrics, traces and call logs (docs/observability.md): Breakout's meters (<see cref="SoapTelemetry"/>,
/// <see cref="StoreTelemetry"/>) with ASP.NET Core's and the runtime's, served to Prometheus at <c>/metrics</c> when
/// <c>Breakout:Metrics</c> is on and sent over OTLP when a collector is configured; spans of SOAP calls and their
/// store work sent over OTLP. Without either, OpenTelemetry is not started at all.
/// </summary>
internal static class ObservabilitySetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>The standard variable the OTLP exporter reads when <c>Breakout:OtlpEndpoint</c> is not set.</summary>
    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddBreakoutObservability(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("Breakout").Get<ObservabilitySettings>() ?? new ObservabilitySettings();
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(MetricsAccess.Parse(settings.MetricsAllowedFrom));
        services.AddSingleton(sp => new SoapTelemetry(
            sp.GetRequiredService<IMeterFactory>(), sp.GetRequiredService<ApiQuota>(), sp.GetRequiredService<TimeProvider>(),
            settings.LogCalls ? sp.GetRequiredService<ILoggerFactory>().CreateLogger(SoapTelemetry.CallLogCategory) : null,
            sp.GetService<ISoapCallRecorder>()));

        var otlp = !string.IsNullOrWhiteSpace(settings.OtlpEndpoint) || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(OtlpEndpointVariable));
        var otlpEndpoint = OtlpEndpoint(settings);
        if (!settings.Metrics && !otlp)
        {
            return;
        }

        if (settings.SessionFillMetricsSeconds >= 0)
        {
            services.AddSingleton<SessionFillMetrics>();
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME") ?? "breakout"))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SoapTelemetry.Name, StoreTelemetry.Name, SessionFillMetrics.MeterName).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                ((IDeferredMeterProviderBuilder)metrics).Configure((sp, builder) => builder.AddView(OnlyThisHostsMeters(sp.GetRequiredService<IMeterFactory>())));
                if (settings.Metrics)
                {
                    // Every scrape sees the counts of that moment (the exporter would otherwise answer from a copy up to 300 ms old).
                    metrics.AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter(exporter => ConfigureOtlp(exporter, otlpEndpoint, "v1/metrics"));
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(SoapTelemetry.Name, StoreTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(exporter => ConfigureOtlp(exporter, otlpEndpoint, "v1/traces")));
        }
    }

    /// <summary>
    /// OpenTelemetry subscribes to meters by name, process-wide: without this view, a process that runs several hosts
    /// (a test suite with several in-process doubles) would have each host export every host's SOAP calls and HTTP
    /// requests, as metrics of the same name twice. A meter made by another host's <see cref="IMeterFactory"/> is
    /// dropped; meters no factory made (the runtime's, the store's) are the process's and stay.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyThisHostsMeters(IMeterFactory hostFactory) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, hostFactory) ? MetricStreamConfiguration.Drop : null;

    /// <summary>Maps <c>/metrics</c> when <c>Breakout:Metrics</c> is on; addresses not allowed get 403.</summary>
    public static void MapBreakoutMetrics(this WebApplication app)
    {
        // Created on start, so that its gauges exist before the first collection.
        app.Services.GetService<SessionFillMetrics>();
        if (!app.Services.GetRequiredService<ObservabilitySettings>().Metrics)
        {
            return;
        }

        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use((context, next) =>
        {
            if (access.Allows(ProxyHeaders.TestFormAddress(context)))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync("Metrics are not served to this address (Breakout:MetricsAllowedFrom).\n");
        }), optionsName: null);
    }

    /// <summary><c>Breakout:OtlpEndpoint</c> and <c>Breakout:OtlpProtocol</c>, checked at start; null when the endpoint is not set.</summary>
    private static (Uri Endpoint, OtlpExportProtocol Protocol)? OtlpEndpoint(ObservabilitySettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.OtlpEndpoint))
        {
            return null;
        }

        if (!Uri.TryCreate(settings.OtlpEndpoint.Trim(), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
        {
            throw new HostStartException($"Breakout:OtlpEndpoint \"{settings.OtlpEndpoint}\" is not an http:// or https:// URL (e.g. http://otel-collector:4317).");
        }

        return settings.OtlpProtocol.Trim().ToLowerInvariant() switch
        {
            "grpc" => (endpoint, OtlpExportProtocol.Grpc),
            "http/protobuf" => (endpoint, OtlpExportProtocol.HttpProtobuf),
            _ => throw new HostStartException($"Breakout:OtlpProtocol \"{settings.OtlpProtocol}\" is neither grpc nor http/protobuf."),
        };
    }

    /// <summary>
    /// <c>Breakout:OtlpEndpoint</c>, when set, with its protocol; over HTTP the signal's path is added to a bare
    /// collector address, as the exporter does for <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. Unset: the exporter reads the
    /// standard <c>OTEL_EXPORTER_OTLP_*</c> variables.
    /// </summary>
    private static void ConfigureOtlp(OtlpExporterOptions exporter, (Uri Endpoint, OtlpExportProtocol Protocol)? configured, string signalPath)
    {
        if (configured is not var (endpoint, protocol))
        {
            return;
        }

        exporter.Protocol = protocol;
        exporter.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf && endpoint.AbsolutePath == "/" ? new Uri(endpoint, signalPath) : endpoint;
    }
}
