using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Breakout.Storage.Tests;

/// <summary>
/// A throw-away PostgreSQL cluster of the test class's own (initdb in a temp folder, a free loopback port), so that
/// its tests can stop and restart the server without disturbing the other test classes' server. Needs PostgreSQL's
/// binaries (<c>/usr/lib/postgresql/*/bin</c>, or <c>BREAKOUT_PG_BIN</c>) and root (the server runs as the
/// <c>postgres</c> OS user, as <c>.ci/setup-postgres.sh</c> runs it). Without them the tests skip with the reason,
/// except under <c>CI=true</c>, where they fail. Its WAL writer flushes every 10 s (not 0.2 s), so that what an
/// uncommitted transaction wrote is still only in the server's memory when a test crashes the server.
/// </summary>
public sealed class PrivatePostgresCluster : IAsyncLifetime
{
    private string? directory;
    private string? bin;
    private string? skipReason;

    public int Port { get; private set; }

    /// <summary>Superuser <c>postgres</c> over TCP (trusted in this cluster), database <c>postgres</c>, no TLS.</summary>
    public string ConnectionString => Available($"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;SSL Mode=Disable;Maximum Pool Size=40");

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public async ValueTask InitializeAsync()
    {
        bin = FindBin();
        if (bin is null || Environment.UserName != "root")
        {
            skipReason = bin is null
                ? "PostgreSQL's binaries (initdb, pg_ctl) are not installed; `source .ci/setup-postgres.sh` installs them."
                : "A private PostgreSQL cluster needs root (it runs as the postgres OS user).";
            if (IsCi)
            {
                throw new InvalidOperationException("CI=true, so the PostgreSQL restart tests fail instead of skipping. " + skipReason);
            }

            return;
        }

        directory = Directory.CreateTempSubdirectory("breakout-pg-restart-").FullName;
        await RunAsync("chown", "postgres:", directory);
        await RunAsync("runuser", "-u", "postgres", "--", Path.Combine(bin, "initdb"), "-D", Path.Combine(directory, "data"), "-U", "postgres",
            "-E", "UTF8", "--locale=C", "--auth-local=trust", "--auth-host=trust");
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await StartAsync();
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public Task StartAsync() =>
        RunAsync("runuser", "-u", "postgres", "--", Path.Combine(bin!, "pg_ctl"), "-D", Path.Combine(directory!, "data"),
            "-l", Path.Combine(directory!, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {directory} -c fsync=off -c max_connections=100 -c wal_writer_delay=10s", "start");

    /// <summary>Stops the server as a crash would (<c>-m immediate</c>: every backend ends at once, no checkpoint).</summary>
    public Task StopImmediatelyAsync() =>
        RunAsync("runuser", "-u", "postgres", "--", Path.Combine(bin!, "pg_ctl"), "-D", Path.Combine(directory!, "data"), "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (directory is not null)
        {
            if (File.Exists(Path.Combine(directory, "data", "postmaster.pid")))
            {
                await StopImmediatelyAsync();
            }

            Directory.Delete(directory, recursive: true);
        }
    }

    private string Available(string value)
    {
        if (skipReason is not null)
        {
            Assert.Skip(skipReason);
        }

        return value;
    }

    private static string? FindBin()
    {
        if (Environment.GetEnvironmentVariable("BREAKOUT_PG_BIN") is { Length: > 0 } configured && File.Exists(Path.Combine(configured, "pg_ctl")))
        {
            return configured;
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(dir => File.Exists(Path.Combine(dir, "pg_ctl")) && File.Exists(Path.Combine(dir, "initdb")))
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(Path.GetDirectoryName(dir)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }
    }
}
