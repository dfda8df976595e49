using Breakout.Bench;
using Breakout.Host;
using Breakout.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

// Breakout exactly as shipped (BreakoutApp.BuildAsync), plus: --memory swaps the store for the bench-only
// in-memory one (protocol-only target), and --bench-invitees N imports the load's invitees once the demo exists.
var bench = BenchArguments.Parse(args);
Action<IServiceCollection>? configure = null;
if (bench.Memory)
{
    configure = services =>
    {
        services.RemoveAll<IBreakoutStore>();
        services.AddSingleton(sp => InMemoryStoreProxy.Create(sp.GetRequiredService<TimeProvider>()));
    };
}

var app = await BreakoutApp.BuildAsync([.. bench.Rest], configure);
await app.StartAsync();
if (bench.IdsPath is not null)
{
    await BenchPool.ImportAsync(app.Services.GetRequiredService<IBreakoutStore>(), bench.Invitees, bench.IdsPath);
}

await app.WaitForShutdownAsync();
