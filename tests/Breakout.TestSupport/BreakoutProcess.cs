using System.Diagnostics;
using Breakout.Admin;

namespace Breakout.TestSupport;

/// <summary>
/// Breakout as a separate operating-system process (the built Breakout.Host.dll), for tests that kill it with
/// SIGKILL or run several nodes. Waits for the demo manifest, which the host writes once it listens.
/// </summary>
public sealed class BreakoutProcess : IAsyncDisposable
{
    private readonly Process process;

    private BreakoutProcess(Process process, DemoManifest manifest, string directory)
    {
        this.process = process;
        Manifest = manifest;
        Directory = directory;
    }

    public DemoManifest Manifest { get; }

    public string Directory { get; }

    public string Endpoint => Manifest.Endpoint;

    /// <summary>Starts a node. <paramref name="storeArgs"/> picks the store (e.g. <c>--db FILE</c> or <c>--postgres CONN</c>).</summary>
    /// <param name="environment">Extra environment variables of the process (a test-only fault point), or null.</param>
    public static async Task<BreakoutProcess> StartAsync(
        string directory, IEnumerable<string> storeArgs, CancellationToken cancellationToken = default, IReadOnlyDictionary<string, string>? environment = null)
    {
        System.IO.Directory.CreateDirectory(directory);
        var manifestPath = Path.Combine(directory, $"manifest-{Guid.NewGuid():N}.json");
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Breakout.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var arg in (string[])[hostDll, .. storeArgs, "--demo", "--demo-manifest", manifestPath, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Bounded wait for the manifest: the node is up once it exists.
        for (var attempt = 0; attempt < 600 && !File.Exists(manifestPath); attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Breakout exited with {process.ExitCode}: {output}");
            }

            await Task.Delay(100, cancellationToken);
        }

        if (!File.Exists(manifestPath))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Breakout did not start: {output}");
        }

        return new BreakoutProcess(process, DemoManifest.FromJson(await File.ReadAllTextAsync(manifestPath, cancellationToken)), directory);
    }

    /// <summary>Waits (bounded) for the process to end by itself; true when it did.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan timeout)
    {
        using var bounded = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(bounded.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what is not committed is lost.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }
}
