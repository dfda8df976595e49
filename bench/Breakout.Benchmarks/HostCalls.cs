using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Breakout.Admin;
using Breakout.Bench;
using Breakout.Domain.Access;
using Breakout.Host;
using Breakout.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Breakout.Benchmarks;

/// <summary>
/// <c>host-calls memory|sqlite|testmode|testmode-nojournal [calls] [rounds] [connections]</c>: the real host (as
/// <c>bench/run</c> starts it, on a loopback port) answering single-invitee SessionRegAction calls from an
/// <see cref="HttpClient"/> in the same process, <c>connections</c> calls in flight (16 by default). Per round it prints the
/// process's CPU time (user + system, client included) and the bytes allocated per call, which on a machine shared
/// with other work are steadier than the wall time: compare two builds by these, run in alternation.
/// <c>BREAKOUT_BENCH_ARGS</c> adds host arguments (space-separated). SQLite runs with <c>synchronous=NORMAL</c> (no fsync), so the figures are the CPU of the calls, not the disk's.
/// </summary>
internal static class HostCalls
{
    private const int Pool = 2_000;

    public static async Task RunAsync(string kind, int calls, int rounds, int connections, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("breakout-bench-host-").FullName;
        try
        {
            string[] args =
            [
                "--demo", "--db", Path.Combine(folder, "bench.db"), "--Breakout:SqliteSynchronous=NORMAL", "--urls", "http://127.0.0.1:0",
                "--Logging:LogLevel:Default=Warning", .. kind.StartsWith("testmode", StringComparison.Ordinal) ? ["--test-mode"] : Array.Empty<string>(),
                .. kind == "testmode-nojournal" ? ["--Breakout:Admin:JournalSize=0"] : Array.Empty<string>(),
                .. (Environment.GetEnvironmentVariable("BREAKOUT_BENCH_ARGS") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            ];
            Action<IServiceCollection>? configure = kind == "memory"
                ? services =>
                {
                    services.RemoveAll<IBreakoutStore>();
                    services.AddSingleton(sp => InMemoryStoreProxy.Create(sp.GetRequiredService<TimeProvider>()));
                }
            : null;
            await using var app = await BreakoutApp.BuildAsync(args, configure);
            await app.StartAsync();
            var store = app.Services.GetRequiredService<IBreakoutStore>();
            await BenchPool.ImportAsync(store, Pool, Path.Combine(folder, "ids.txt"));
            var user = (await store.FindApiUserAsync(DemoTenant.AccountNumber, DemoTenant.UserName))!;
            var token = SessionToken.Create();
            await store.RecordSuccessfulLoginAsync(user.Key, SessionToken.Hash(token), DateTimeOffset.UtcNow.AddDays(30));

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false })
            {
                BaseAddress = new Uri(app.Urls.Single()),
            };
            var bodies = Enumerable.Range(0, Pool)
                .Select(i => new[] { "Register", "Unregister" }
                    .Select(action => BenchFixture.Envelope(token, action, BenchFixture.Items(i, 1)))
                    .ToArray())
                .ToArray();
            var registered = new bool[Pool];
            var next = -1;

            async Task WorkerAsync(int count)
            {
                for (var n = 0; n < count; n++)
                {
                    var i = (Interlocked.Increment(ref next) & int.MaxValue) % Pool;
                    // One invitee is one worker's at a time: the pool is far larger than the calls in flight.
                    var body = bodies[i][registered[i] ? 1 : 0];
                    registered[i] = !registered[i];
                    using var content = new ByteArrayContent(body);
                    content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/soap/V200611.asmx") { Content = content };
                    request.Headers.Add("SOAPAction", "\"http://api.cvent.com/2006-11/SessionRegAction\"");
                    using var response = await client.SendAsync(request);
                    var answer = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != System.Net.HttpStatusCode.OK || answer.AsSpan().IndexOf("Success=\"true\""u8) < 0)
                    {
                        throw new InvalidOperationException($"Call failed: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(answer)}");
                    }
                }
            }

            async Task<(double Cpu, double Bytes, double Wall)> RoundAsync(int count)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var wall = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(() => WorkerAsync(count / connections))));
                wall.Stop();
                process.Refresh();
                var done = count / connections * connections;
                return ((process.TotalProcessorTime - cpu).TotalMicroseconds / done,
                    (double)(GC.GetTotalAllocatedBytes(precise: true) - bytes) / done,
                    wall.Elapsed.TotalMicroseconds / done);
            }

            await RoundAsync(Math.Max(calls / 2, connections)); // warm-up: JIT tiers, pools, SQLite's cache
            using var types = Environment.GetEnvironmentVariable("BREAKOUT_BENCH_ALLOC_TYPES") == "1" ? new AllocationTypes() : null;
            var results = new List<(double Cpu, double Bytes, double Wall)>();
            for (var r = 0; r < rounds; r++)
            {
                var result = await RoundAsync(calls);
                results.Add(result);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{kind} round {r + 1}: CPU {result.Cpu:F1} µs/call, allocated {result.Bytes:F0} B/call, wall {result.Wall:F1} µs/call"));
            }

            var cpus = results.Select(r => r.Cpu).Order().ToList();
            var allocs = results.Select(r => r.Bytes).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind} median: CPU {cpus[cpus.Count / 2]:F1} µs/call (min {cpus[0]:F1}), allocated {allocs[allocs.Count / 2]:F0} B/call"));
            types?.Print(output, calls * rounds);
            await app.StopAsync();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
