using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Breakout.MultiNode.Tests;

/// <summary>
/// Debian's nginx as a reverse proxy on a free loopback port in front of some upstream nodes: its config, pid, logs and
/// temp folders live in one folder; it runs in the foreground as a single process (<c>master_process off</c>), a child
/// of the test, killed on dispose. Without nginx the test skips with the reason, except under <c>CI=true</c>, where it
/// fails (<c>.ci/setup-nginx.sh</c> installs it).
/// </summary>
public sealed class NginxProxy : IAsyncDisposable
{
    /// <summary>
    /// The proxy part of the config, as docs/deployment.md shows it: the forwarded headers a Breakout node believes from a
    /// trusted proxy. <c>$host</c> has no port, so the port travels in <c>X-Forwarded-Port</c>.
    /// </summary>
    public const string ProxyHeaders = """
              proxy_set_header Host              $host;
              proxy_set_header X-Forwarded-For   $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              proxy_set_header X-Forwarded-Host  $host;
              proxy_set_header X-Forwarded-Port  $server_port;
        """;

    private readonly Process process;

    private NginxProxy(Process process, string directory, int port)
    {
        this.process = process;
        Directory = directory;
        Port = port;
    }

    public string Directory { get; }

    public int Port { get; }

    /// <summary>The access log: one line per request, <c>upstream=ADDRESS</c> naming the node that answered.</summary>
    public string AccessLog => Path.Combine(Directory, "access.log");

    public static string? Executable { get; } =
        new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists) ??
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "nginx")).FirstOrDefault(File.Exists);

    public static void Require()
    {
        if (Executable is not null)
        {
            return;
        }

        const string Reason = "nginx is not installed: apt-get install -y nginx (or source .ci/setup-nginx.sh)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run the reverse-proxy tests, but " + Reason);
        }

        Assert.Skip(Reason);
    }

    /// <summary>Starts nginx balancing round-robin over <paramref name="upstreams"/> (host:port each).</summary>
    public static async Task<NginxProxy> StartAsync(string directory, IEnumerable<string> upstreams)
    {
        Require();
        System.IO.Directory.CreateDirectory(directory);
        var port = FreePort();
        var d = directory;
        var servers = string.Concat(upstreams.Select(u => $"        server {u};\n"));
        var config = $$"""
            daemon off;
            master_process off;
            worker_processes 1;
            pid {{d}}/nginx.pid;
            error_log {{d}}/error.log warn;
            events { worker_connections 256; }
            http {
                log_format upstreams '$request upstream=$upstream_addr status=$status';
                access_log {{d}}/access.log upstreams;
                client_body_temp_path {{d}}/client_body;
                proxy_temp_path {{d}}/proxy;
                fastcgi_temp_path {{d}}/fastcgi;
                uwsgi_temp_path {{d}}/uwsgi;
                scgi_temp_path {{d}}/scgi;

                upstream breakout {
            {{servers}}    }

                server {
                    listen 127.0.0.1:{{port.ToString(CultureInfo.InvariantCulture)}};
                    location / {
                        proxy_pass http://breakout;
            {{ProxyHeaders}}
                    }
                }
            }
            """;
        var configPath = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(configPath, config);

        var start = new ProcessStartInfo(Executable!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])["-e", Path.Combine(directory, "error.log"), "-p", directory, "-c", configPath])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProxy(process, directory, port);

        // Bounded wait until it accepts connections.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {process.ExitCode}: {ReadLog(directory)}\n{config}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await proxy.DisposeAsync();
        throw new TimeoutException($"nginx did not listen on {port}: {ReadLog(directory)}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static string ReadLog(string directory)
    {
        var log = Path.Combine(directory, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no error log)";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
