namespace Breakout.Host.Tests.Observability;

/// <summary>
/// Tests that assert exact counts: each server exports only its own SOAP and ASP.NET Core meters, but the store's meter
/// is the process's, so a server's exporter counts every server's commits. They run alone, while no other test's
/// server writes.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
