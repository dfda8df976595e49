using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In process: no second build of a generated project on a shared two-core machine. A short job by default (3 warm-up
// and 8 measured iterations); BenchmarkDotNet's own options (--filter, --job, --iterationCount ...) still apply. An hour
// per benchmark rather than the toolchain's default 5 minutes: the set-ups that fill a store at size take longer.
// declared-reads sqlite|postgres [read names ...]: the at-size reads, or only the named ones.
if (args is ["declared-reads", var kind, .. var only])
{
    await Breakout.Benchmarks.DeclaredObjectReadBenchmarks.MeasureAsync(kind, Console.Out, only);
    return;
}

// host-calls memory|sqlite|testmode|testmode-nojournal [calls] [rounds] [connections]: CPU and allocations per call of the real host.
if (args is ["host-calls", var target, .. var rest])
{
    int Arg(int index, int fallback) => rest.Length > index ? int.Parse(rest[index], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    await Breakout.Benchmarks.HostCalls.RunAsync(target, Arg(0, 20_000), Arg(1, 5), Arg(2, 16), Console.Out);
    return;
}

var job = Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true)).WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(8);
BenchmarkSwitcher.FromAssembly(typeof(Breakout.Benchmarks.BenchFixture).Assembly).Run(args, DefaultConfig.Instance.AddJob(job.AsDefault()));
