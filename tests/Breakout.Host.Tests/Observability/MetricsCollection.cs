namespace Breakout.Host.Tests.Observability;

/// <summary>
/// Tests that assert exact counts of the store's meter, which is process-wide (every store of the test process adds
/// to it): they run alone, while no other test's server writes.
/// </summary>
[CollectionDefinition(nameof(MetricsCollection), DisableParallelization = true)]
public sealed class MetricsCollection;
