using System.Diagnostics;
using Breakout.TestSupport;

namespace Breakout.Cli.Tests;

/// <summary>
/// The pytest fixture and the Jest suite in <c>examples/</c>, run against this build's <c>breakout serve</c>, so the
/// examples docs/testing-with-breakout.md shows keep working. Skipped without python3-pytest, node or Jest, except in CI.
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
    public async Task JavaScriptExample_PassesWithJest()
    {
        var folder = Path.Combine(SharedFiles.RepositoryRoot, "examples", "js");
        var jest = Path.Combine(folder, "node_modules", "jest", "bin", "jest.js");
        Require(ToolProbe.Runs("node", "--version"), "node is not installed.");
        Require(File.Exists(jest), "Jest is not installed in examples/js (.ci/setup-examples.sh runs npm ci there).");
        await RunInAsync(folder, "node", jest, "--ci");
    }

    [Fact]
    public void TestingPage_ShowsTheJavaScriptExample_ExactlyAsItRuns()
    {
        var page = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "docs", "testing-with-breakout.md")).ReplaceLineEndings("\n");
        var section = page[page.IndexOf("### JavaScript (Jest)", StringComparison.Ordinal)..];
        var code = section[(section.IndexOf("```js\n", StringComparison.Ordinal) + "```js\n".Length)..];
        code = code[..code.IndexOf("```", StringComparison.Ordinal)];
        var file = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "examples", "js", "seat-booking.test.js")).ReplaceLineEndings("\n");
        Assert.Equal(file, code);
    }

    private static Task RunAsync(string fileName, params string[] arguments) => RunInAsync(null, fileName, arguments);

    private static async Task RunInAsync(string? workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

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
