using BenchmarkDotNet.Attributes;
using Breakout.Bench;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.Storage.Postgres;

namespace Breakout.Benchmarks;

/// <summary>
/// Calls spread over several sessions from many clients, on one PostgreSQL node or two on the same database
/// (issue 16's load: 16 clients over 6 sessions). Each client registers and then unregisters a window of four pool
/// invitees shared with its neighbours, moving to the next session every two calls, so transactions hold calls on
/// several sessions and the same registrants, and two nodes would deadlock if they locked rows in different orders.
/// Per invocation every client makes <see cref="CallsPerClient"/> calls; the figures are per call. Run with
/// <c>BREAKOUT_BENCH_POSTGRES</c> set and <c>--filter *MultiNode*</c>.
/// </summary>
public class MultiNodeBenchmarks
{
    public const int Clients = 16;
    public const int Sessions = 6;
    public const int CallsPerClient = 20;
    private const int Window = 4;

    private BenchFixture fixture = null!;
    private IBreakoutStore[] nodes = [];

    [Params(1, 2)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        fixture = await BenchFixture.CreateAsync("postgres");
        nodes = Nodes == 1
            ? [fixture.Store]
            : [fixture.Store, new PostgresStore(new PostgresStoreOptions { ConnectionString = fixture.PostgresConnectionString! }, TimeProvider.System)];
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var node in nodes.Skip(1))
        {
            await node.DisposeAsync();
        }

        await fixture.DisposeAsync();
    }

    [Benchmark(OperationsPerInvoke = Clients * CallsPerClient)]
    public async Task<int> SpreadOverSessions()
    {
        var answered = await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            var items = 0;
            for (var i = 0; i < CallsPerClient; i++)
            {
                var session = BenchPool.BatchSessionId((client + (i / 2)) % Sessions).ToString();
                var action = i % 2 == 0 ? SessionRegActionType.Register : SessionRegActionType.Unregister;
                var command = new SessionRegCommand(fixture.Account.Key, fixture.ApiUserKey, Guid.NewGuid(), action, session,
                    BenchFixture.Items(client % (Clients / 2) * 2, Window));
                items += (await nodes[client % nodes.Length].SessionRegActionAsync(command)).Count;
            }

            return items;
        })));
        return answered.Sum();
    }
}
