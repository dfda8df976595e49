using System.Diagnostics;
using Breakout.TestSupport;

namespace Interop.Tests;

/// <summary>
/// The third-party SOAP stacks the tests drive, and how to run them. A missing stack skips the test with the
/// command that installs it, except in CI (<c>CI=true</c>), where <c>.ci/setup-interop.sh</c> must have installed it.
/// </summary>
public static class ClientTools
{
    /// <summary>Debian's python3-zeep lives in the system interpreter; a python3 earlier on PATH may lack it.</summary>
    public const string Python = "/usr/bin/python3";

    public static string ClientsDirectory { get; } = Path.Combine(SharedFiles.RepositoryRoot, "tests", "Interop.Tests", "clients");

    public static string PythonDirectory => Path.Combine(ClientsDirectory, "python");

    public static string NodeDirectory => Path.Combine(ClientsDirectory, "node");

    public static string PhpDirectory => Path.Combine(ClientsDirectory, "php");

    public static string SudsDirectory => Path.Combine(ClientsDirectory, "suds");

    private static readonly Lazy<bool> ZeepInstalled = new(() => TryRun(Python, "-c", "import zeep"));

    private static readonly Lazy<bool> NodeSoapInstalled = new(() =>
        File.Exists(Path.Combine(NodeDirectory, "node_modules", "soap", "package.json")) && TryRun("node", "--version"));

    private static readonly Lazy<bool> PhpSoapInstalled = new(() => TryRun("php", "-r", "exit(extension_loaded('soap') ? 0 : 1);"));

    private static readonly Lazy<bool> SudsInstalled = new(() => TryRun(Python, "-c", "import suds.client"));

    private static readonly Lazy<bool> XmlJsInstalled = new(() =>
        File.Exists(Path.Combine(NodeDirectory, "node_modules", "xml-js", "package.json")) && TryRun("node", "--version"));

    public static void RequireZeep() =>
        Require(ZeepInstalled.Value, "python3-zeep is not installed: apt-get install -y python3-zeep (or source .ci/setup-interop.sh)");

    public static void RequireNodeSoap() =>
        Require(NodeSoapInstalled.Value, "node or the npm package soap is missing: run npm ci in tests/Interop.Tests/clients/node (or source .ci/setup-interop.sh)");

    public static void RequirePhpSoap() =>
        Require(PhpSoapInstalled.Value, "php with the soap extension is missing: apt-get install -y php-cli php-soap php-xml (or source .ci/setup-php-suds.sh)");

    public static void RequireSuds() =>
        Require(SudsInstalled.Value, "python3-suds is not installed: apt-get install -y python3-suds (or source .ci/setup-php-suds.sh)");

    public static void RequireXmlJs() =>
        Require(XmlJsInstalled.Value, "node or the npm package xml-js is missing: run npm ci in tests/Interop.Tests/clients/node (or source .ci/setup-interop.sh)");

    /// <summary>Runs a client script and returns its standard output; fails the test with its error output when it exits non-zero.</summary>
    public static async Task<string> RunAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the repository free of __pycache__ folders.
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var (stdout, stderr) = (await output, await error);
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr}\n{stdout}");
        return stdout;
    }

    private static void Require(bool available, string reason)
    {
        if (available)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run every interop test, but " + reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>Whether a command runs and exits 0 (a probe for an installed tool).</summary>
    internal static bool TryRun(string fileName, params string[] arguments) =>
        ToolProbe.Runs(fileName, arguments);
}
