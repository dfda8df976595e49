using System.Diagnostics;
using Breakout.TestSupport;

namespace Breakout.Cli.Tests;

/// <summary>
/// The pytest fixture and the Node helper in <c>examples/</c>, run against this build's <c>breakout serve</c>, so the
/// examples docs/testing-with-breakout.md shows keep working. Skipped without python3-pytest or node, except in CI.
/// </summary>
public sealed class ExampleTests
{
    [Fact]
    public async Task PythonExample_PassesWithPytest()
    {
        Require(ToolProbe.Runs("/usr/bin/python3", "-m", "pytest", "--version"), "python3-pytest (Debian) is not installed.");
        await RunAsync("/usr/bin/python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", Path.Combine(SharedFiles.RepositoryRoot, "examples", "python"));
    }

    [Fact]
    public async Task JavaScriptExample_PassesWithNodeTest()
    {
        Require(ToolProbe.Runs("node", "--version"), "node is not installed.");
        await RunAsync("node", "--test", Path.Combine(SharedFiles.RepositoryRoot, "examples", "js"));
    }

    private static async Task RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BREAKOUT_DLL"] = Path.Combine(AppContext.BaseDirectory, "breakout.dll");
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{fileName} exited with {process.ExitCode}:\n{await error}\n{await output}");
    }

    private static void Require(bool available, string reason)
    {
        if (!available)
        {
            Assert.True(!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI must run the examples, but " + reason);
            Assert.Skip(reason);
        }
    }
}
