namespace Breakout.Host.Observability;

/// <summary>
/// The observability keys of the <c>Breakout</c> configuration section (docs/observability.md): read beside
/// <see cref="BreakoutSettings"/> from the same section, so <c>Breakout__Metrics=true</c> and the like.
/// </summary>
public sealed class ObservabilitySettings
{
    /// <summary>Serve Prometheus metrics at <c>/metrics</c>. Off by default.</summary>
    public bool Metrics { get; set; }

    /// <summary>
    /// Who may read <c>/metrics</c>: <c>loopback</c> (the default: this machine only), <c>any</c>, or IP addresses and
    /// CIDR networks separated by commas or spaces (<c>loopback</c> may be one of them). Behind a trusted proxy on this
    /// machine the forwarded client is checked, as for the ASMX test form.
    /// </summary>
    public string? MetricsAllowedFrom { get; set; }

    /// <summary>
    /// An OTLP collector to send metrics and traces to (<c>http://collector:4317</c> for gRPC, <c>http://collector:4318</c>
    /// with <see cref="OtlpProtocol"/> <c>http/protobuf</c>); unset: nothing is sent, unless the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> environment variable is set.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>
    /// How old the session fill gauges (<c>breakout_session_*</c>) may be, in seconds: they are read from the database
    /// when metrics are collected, at most once per this period. 0 reads them at every collection; a negative value
    /// turns them off (for an account with very many sessions, each session is a series).
    /// </summary>
    public int SessionFillMetricsSeconds { get; set; } = 15;

    /// <summary>Log one line per SOAP call at Information (category <c>Breakout.Calls</c>). Off by default.</summary>
    public bool LogCalls { get; set; }
}
