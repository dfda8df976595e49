namespace Breakout.Host.Tests.Observability;

/// <summary>
/// Tests that assert exact counts: OpenTelemetry subscribes to meters by name, so a server's exporter counts the
/// measurements of every server in the test process. They run alone, while no other test's server answers calls.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
