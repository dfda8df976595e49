using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Breakout.MultiNode.Tests;

/// <summary>
/// A private pg_auto_failover formation in a temp folder: a monitor and two PostgreSQL data nodes (a primary and a
/// synchronous standby) on free loopback ports, run by <c>pg_autoctl</c> as the <c>postgres</c> OS user, set up as
/// docs/deployment.md ("High availability of the database") says. Without pg_auto_failover the tests skip with the
/// reason, except under <c>CI=true</c>, where they fail (.ci/setup-failover.sh installs it).
/// </summary>
public sealed class AutoFailoverFormation : IAsyncDisposable
{
    /// <summary>
    /// Monitor settings that make a failover take seconds instead of about a minute (the defaults are 20 s before a
    /// primary counts as unhealthy and 30 s before its standby may take writes). Keepers must give up being primary
    /// before the monitor promotes another node: <see cref="NetworkPartitionTimeoutSeconds"/> stays below
    /// primary_demote_timeout.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> MonitorSettings = new Dictionary<string, string>
    {
        ["pgautofailover.health_check_period"] = "1000",
        ["pgautofailover.health_check_timeout"] = "1000",
        ["pgautofailover.health_check_max_retries"] = "1",
        ["pgautofailover.health_check_retry_delay"] = "500",
        ["pgautofailover.node_considered_unhealthy_timeout"] = "4000",
        ["pgautofailover.primary_demote_timeout"] = "6000",
    };

    public const int NetworkPartitionTimeoutSeconds = 4;

    private const string User = "postgres";
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(90);

    private readonly string directory;
    private readonly string bin;
    private readonly int monitorPort;
    private readonly Dictionary<string, Process> keepers = [];
    private readonly StringBuilder log = new();

    private AutoFailoverFormation(string directory, string bin, int monitorPort, FormationNode node1, FormationNode node2)
    {
        this.directory = directory;
        this.bin = bin;
        this.monitorPort = monitorPort;
        Node1 = node1;
        Node2 = node2;
    }

    public FormationNode Node1 { get; }

    public FormationNode Node2 { get; }

    /// <summary>What Breakout is given: both hosts, the primary wanted, host states re-checked every second.</summary>
    public string ConnectionString =>
        $"Host=127.0.0.1:{Node1.Port},127.0.0.1:{Node2.Port};Database=breakout;Username=breakout;Password=breakout;" +
        "Target Session Attributes=primary;Host Recheck Seconds=1;Timeout=5;Maximum Pool Size=20";

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates and starts the formation, or says why it cannot (throws instead under CI).</summary>
    public static async Task<(AutoFailoverFormation? Formation, string? SkipReason)> TryCreateAsync()
    {
        var reason = MissingPrerequisite(out var bin);
        if (reason is not null)
        {
            reason += " Install it with `bash .ci/setup-failover.sh` (as root).";
            return IsCi ? throw new InvalidOperationException("CI=true, so the failover test fails instead of skipping. " + reason) : (null, reason);
        }

        var directory = Path.Combine(Path.GetTempPath(), "breakout-failover-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var ports = FreePorts(3);
        var formation = new AutoFailoverFormation(directory, bin!, ports[0], new FormationNode("node1", ports[1], Path.Combine(directory, "node1")),
            new FormationNode("node2", ports[2], Path.Combine(directory, "node2")));
        try
        {
            await formation.StartAsync();
            return (formation, null);
        }
        catch
        {
            await formation.DisposeAsync(keepFolder: true);
            throw;
        }
    }

    private static string? MissingPrerequisite(out string? bin)
    {
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_ctl")) && File.Exists(Path.Combine(d, "..", "lib", "pgautofailover.so")))
            : null;
        if (!OperatingSystem.IsLinux())
        {
            return "The failover test runs pg_auto_failover, which needs Linux.";
        }

        if (!File.Exists("/usr/bin/pg_autoctl") || bin is null)
        {
            return "pg_auto_failover is not installed (Debian: pg-auto-failover-cli and postgresql-15-auto-failover).";
        }

        return Environment.UserName is "root" or User ? null : $"The failover test runs pg_autoctl as the postgres OS user, so it must run as root or postgres (not {Environment.UserName}).";
    }

    private async Task StartAsync()
    {
        await ExecAsync("chown", User, directory);
        var monitorData = Path.Combine(directory, "monitor");
        await AutoctlAsync("create", "monitor", "--pgdata", monitorData, "--pgport", $"{monitorPort}", "--hostname", "127.0.0.1",
            "--listen", "127.0.0.1", "--auth", "trust", "--no-ssl", "--pgctl", Path.Combine(bin, "pg_ctl"));
        // Before the monitor first runs: its health checks read these settings when they start.
        await File.AppendAllLinesAsync(Path.Combine(monitorData, "postgresql.conf"), MonitorSettings.Select(s => $"{s.Key} = {s.Value}"));
        Run("monitor", monitorData);
        await (await ConnectAsync(monitorPort, "pg_auto_failover")).DisposeAsync();

        foreach (var node in (FormationNode[])[Node1, Node2])
        {
            await AutoctlAsync("create", "postgres", "--pgdata", node.Data, "--pgport", $"{node.Port}", "--hostname", "127.0.0.1",
                "--listen", "127.0.0.1", "--name", node.Name, "--auth", "trust", "--no-ssl", "--dbname", "breakout",
                "--monitor", $"postgres://autoctl_node@127.0.0.1:{monitorPort}/pg_auto_failover?sslmode=disable", "--pgctl", Path.Combine(bin, "pg_ctl"));
            await AutoctlAsync("config", "set", "--pgdata", node.Data, "timeout.network_partition_timeout", $"{NetworkPartitionTimeoutSeconds}");
            Run(node.Name, node.Data);
            await WaitForStateAsync(node, node == Node1 ? ["single", "primary", "wait_primary"] : ["secondary"]);
        }

        await WaitForStateAsync(Node1, ["primary"]);
        await using var primary = await ConnectAsync(Node1.Port, "breakout");
        await ExecuteAsync(primary, "CREATE ROLE breakout LOGIN PASSWORD 'breakout'");
        await ExecuteAsync(primary, "ALTER DATABASE breakout OWNER TO breakout");
    }

    /// <summary>The node's state as the monitor last heard it (e.g. primary, secondary, wait_primary), or null.</summary>
    public async Task<string?> ReportedStateAsync(FormationNode node)
    {
        await using var monitor = await ConnectAsync(monitorPort, "pg_auto_failover");
        await using var command = new NpgsqlCommand("SELECT reportedstate::text FROM pgautofailover.node WHERE nodename = @name", monitor);
        command.Parameters.AddWithValue("name", node.Name);
        return (string?)await command.ExecuteScalarAsync();
    }

    /// <summary>Waits (bounded) until the monitor has heard the node report one of the states.</summary>
    public async Task WaitForStateAsync(FormationNode node, IReadOnlyCollection<string> states)
    {
        var clock = Stopwatch.StartNew();
        string? state = null;
        while (clock.Elapsed < StepTimeout)
        {
            try
            {
                state = await ReportedStateAsync(node);
                if (state is not null && states.Contains(state))
                {
                    return;
                }
            }
            catch (NpgsqlException)
            {
                // The monitor is still starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{node.Name} did not reach {string.Join("/", states)} (last reported {state ?? "nothing"}).\n{await ShowStateAsync()}\n{Log}");
    }

    /// <summary><c>pg_autoctl show state</c>, for the test's output.</summary>
    public async Task<string> ShowStateAsync()
    {
        try
        {
            return await AutoctlAsync("show", "state", "--pgdata", Path.Combine(directory, "monitor"));
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>
    /// The loss of the node's server: SIGKILL to its postmaster and, at the same moment, to its pg_autoctl keeper
    /// (whose supervisor would otherwise restart PostgreSQL in place, a crash-restart rather than a failover).
    /// </summary>
    /// <param name="node">The node whose server is lost.</param>
    /// <param name="killed">Called the moment the last SIGKILL was sent.</param>
    public async Task KillAsync(FormationNode node, Action killed)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(node.Data, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        var keeper = keepers[node.Name];

        // Every process first, then SIGKILL to each in one go: the postmaster, then the keeper, the backends and the
        // walsender. (Process.Kill(entireProcessTree) stops and kills one level at a time, and while it walks the tree
        // the backends of a stopped postmaster go on committing; a lost machine would not.)
        var tree = ProcessTree(keeper.Id);
        foreach (var pid in (int[])[postmaster, .. tree.Where(p => p != postmaster)])
        {
            Kill(pid);
        }

        killed();
        await keeper.WaitForExitAsync();
        try
        {
            await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={node.Port};Username={User};Database=breakout;Pooling=false;Timeout=2");
            await connection.OpenAsync();
            throw new InvalidOperationException($"{node.Name} still accepts connections after SIGKILL.");
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException)
        {
            // Gone, as a lost server is.
        }
    }

    /// <summary>The process and all its descendants, from one pass over /proc.</summary>
    private static List<int> ProcessTree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
            {
                continue;
            }

            try
            {
                // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses.
                var stat = File.ReadAllText(Path.Combine(entry, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(children.GetValueOrDefault(tree[i]) ?? []);
        }

        return tree;
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The monitor's pgautofailover.* settings as it runs with them.</summary>
    public async Task<string> MonitorSettingsInEffectAsync()
    {
        await using var monitor = await ConnectAsync(monitorPort, "pg_auto_failover");
        await using var command = new NpgsqlCommand("SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name LIKE 'pgautofailover.%'", monitor);
        return (string?)await command.ExecuteScalarAsync() ?? "";
    }

    /// <summary>Starts the node's pg_autoctl again, as after its server came back: it rejoins as a standby (pg_rewind).</summary>
    public void Restart(FormationNode node)
    {
        keepers[node.Name].Dispose();
        Run(node.Name, node.Data);
    }

    /// <summary><c>pg_autoctl perform switchover</c>: the primary hands over to its standby, losing no commit.</summary>
    public Task SwitchoverAsync(FormationNode primary) => AutoctlAsync("perform", "switchover", "--pgdata", primary.Data);

    /// <summary>The monitor's last events (<c>pg_autoctl show events</c>): the failover's timeline, for the test's output.</summary>
    public async Task<string> ShowEventsAsync(int count)
    {
        try
        {
            return await AutoctlAsync("show", "events", "--pgdata", Path.Combine(directory, "monitor"), "--count", $"{count}");
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }

    private string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    private void Run(string name, string pgdata)
    {
        // pg_autoctl run supervises PostgreSQL and the keeper; its log goes to a file so no pipe can fill up.
        var start = Command("sh", "-c", "exec pg_autoctl run --pgdata \"$0\" >>\"$0.log\" 2>&1", pgdata);
        keepers[name] = Process.Start(start) ?? throw new InvalidOperationException("pg_autoctl run did not start.");
    }

    private Task<string> AutoctlAsync(params string[] args) => ExecAsync(Command("pg_autoctl", args));

    private async Task<string> ExecAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return await ExecAsync(start);
    }

    private async Task<string> ExecAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        using var timeout = new CancellationTokenSource(StepTimeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', start.ArgumentList)} took longer than {StepTimeout}.");
        }

        var output = await stdout + await stderr;
        lock (log)
        {
            log.AppendLine($"$ {string.Join(' ', start.ArgumentList)}").AppendLine(output);
        }

        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{output}");
    }

    /// <summary>A pg_autoctl command as the postgres OS user, with its configuration kept in the formation's folder.</summary>
    private ProcessStartInfo Command(string file, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.UserName == User ? "env" : "runuser") { WorkingDirectory = directory };
        if (Environment.UserName != User)
        {
            foreach (var arg in (string[])["-u", User, "--", "env"])
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in (string[])[
            $"XDG_CONFIG_HOME={directory}/config", $"XDG_DATA_HOME={directory}/share", $"XDG_RUNTIME_DIR={directory}/run",
            $"PG_CONFIG={bin}/pg_config", $"PATH={bin}:/usr/bin:/bin", file, .. args])
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static async Task<NpgsqlConnection> ConnectAsync(int port, string database)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username={User};Database={database};Pooling=false;Timeout=5");
            try
            {
                await connection.OpenAsync();
                return connection;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException && clock.Elapsed < StepTimeout)
            {
                await connection.DisposeAsync();
                await Task.Delay(200);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }

    public ValueTask DisposeAsync() => DisposeAsync(keepFolder: false);

    private async ValueTask DisposeAsync(bool keepFolder)
    {
        // The formation is thrown away: SIGKILL to every keeper and the PostgreSQL servers under it.
        foreach (var keeper in keepers.Values)
        {
            if (!keeper.HasExited)
            {
                ProcessTree(keeper.Id).ForEach(Kill);
                await keeper.WaitForExitAsync();
            }

            keeper.Dispose();
        }

        if (!keepFolder && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
