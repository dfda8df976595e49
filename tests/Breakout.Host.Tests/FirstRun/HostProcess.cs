using System.Collections.Concurrent;
using System.Diagnostics;

namespace Breakout.Host.Tests.FirstRun;

/// <summary>
/// The built Breakout.Host.dll run as <c>dotnet Breakout.Host.dll ARGS</c> from a working directory of the test's
/// choosing: exactly what a publish folder started from elsewhere does. Collects stdout and stderr line by line.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> errors = new();

    private HostProcess(Process process)
    {
        this.process = process;
    }

    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "Breakout.Host.dll");

    public int Id => process.Id;

    public IReadOnlyList<string> Output => [.. output];

    public IReadOnlyList<string> Errors => [.. errors];

    public static HostProcess Start(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host.output.Enqueue(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                host.errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits (at most a minute) for a stdout line; fails with everything printed if the process exits first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (output.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (process.HasExited)
            {
                await process.WaitForExitAsync();
                if (output.FirstOrDefault(match) is { } last)
                {
                    return last;
                }

                throw new InvalidOperationException($"The host exited with {process.ExitCode} before printing the line: {this}");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host did not print the line: {this}");
    }

    /// <summary>The endpoint from "Now listening on:" (needs Microsoft.Hosting.Lifetime at Information, the default).</summary>
    public async Task<Uri> WaitForListeningAsync()
    {
        var line = await WaitForLineAsync(l => l.Contains("Now listening on: ", StringComparison.Ordinal));
        return new Uri(line[(line.IndexOf("Now listening on: ", StringComparison.Ordinal) + "Now listening on: ".Length)..].Trim());
    }

    /// <summary>Waits (at most two minutes) for the process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>SIGTERM, as systemd, Docker and Kubernetes stop a service.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    public override string ToString() => $"\n--- stdout\n{string.Join('\n', output)}\n--- stderr\n{string.Join('\n', errors)}";

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }
}
