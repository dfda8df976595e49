using BenchmarkDotNet.Attributes;
using Breakout.Domain;

namespace Breakout.Benchmarks;

/// <summary>
/// SessionRegAction in a store: register <see cref="Items"/> pool invitees, then unregister them, per invocation
/// (so each invocation starts from the same state); the figures are per call. The store's group commit runs as in
/// the server, with one call in flight.
/// </summary>
[MemoryDiagnoser]
public abstract class StoreBenchmarks
{
    private BenchFixture fixture = null!;
    private IReadOnlyList<SessionRegItem> items = [];

    [Params(1, 200)]
    public int Items { get; set; }

    protected abstract string Kind { get; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = await BenchFixture.CreateAsync(Kind);
        items = BenchFixture.Items(0, Items);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await fixture.DisposeAsync();

    [Benchmark(OperationsPerInvoke = 2)]
    public async Task<int> RegisterThenUnregister()
    {
        var registered = await fixture.Store.SessionRegActionAsync(fixture.Command(SessionRegActionType.Register, items));
        var unregistered = await fixture.Store.SessionRegActionAsync(fixture.Command(SessionRegActionType.Unregister, items));
        if (!registered[^1].Success || !unregistered[^1].Success)
        {
            throw new InvalidOperationException($"Unexpected result: {registered[^1]}, {unregistered[^1]}");
        }

        return registered.Count + unregistered.Count;
    }
}

/// <summary>The SQLite store on a temp file (<c>synchronous=NORMAL</c>).</summary>
public class SqliteStoreBenchmarks : StoreBenchmarks
{
    protected override string Kind => "sqlite";
}

/// <summary>The PostgreSQL store on a database created on <c>BREAKOUT_BENCH_POSTGRES</c> (run with <c>--filter *Postgres*</c>).</summary>
public class PostgresStoreBenchmarks : StoreBenchmarks
{
    protected override string Kind => "postgres";
}
