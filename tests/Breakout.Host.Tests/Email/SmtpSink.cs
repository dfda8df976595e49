using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.Email;

/// <summary>
/// A local SMTP server the relay tests start: Debian's python3-aiosmtpd running <c>smtp_sink.py</c> on a loopback
/// port. It records every message it accepts; it can refuse the first ones with 451.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    private static readonly Lazy<bool> Installed = new(() => ToolProbe.Runs(Python, "-c", "import aiosmtpd"));

    private readonly Process process;
    private readonly string outfile;

    private SmtpSink(Process process, string outfile)
    {
        this.process = process;
        this.outfile = outfile;
    }

    /// <summary>Skips the test when aiosmtpd is missing, except under CI=true, where it fails.</summary>
    public static void Require()
    {
        if (Installed.Value)
        {
            return;
        }

        const string reason = "python3-aiosmtpd is not installed: apt-get install -y python3-aiosmtpd (or source .ci/setup-smtp.sh)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run the SMTP relay tests, but " + reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the sink on <paramref name="port"/>; it refuses the first <paramref name="refusals"/> messages with 451.</summary>
    public static async Task<SmtpSink> StartAsync(int port, int refusals = 0)
    {
        Require();
        var outfile = Path.Combine(Path.GetTempPath(), $"breakout-smtp-{Guid.NewGuid():N}.jsonl");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Email", "smtp_sink.py"), port.ToString(System.Globalization.CultureInfo.InvariantCulture), outfile,
            refusals.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        using var ready = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(ready.Token);
        if (line != "READY")
        {
            var error = await process.StandardError.ReadToEndAsync(ready.Token);
            process.Kill();
            throw new InvalidOperationException($"The SMTP sink did not start: {line} {error}");
        }

        return new SmtpSink(process, outfile);
    }

    /// <summary>The messages accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedMail> Received =>
        File.Exists(outfile)
            ? [.. File.ReadAllLines(outfile).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<ReceivedMail>(l, JsonOptions)!)]
            : [];

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public async ValueTask DisposeAsync()
    {
        process.StandardInput.Close();
        using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(stopped.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
        File.Delete(outfile);
    }
}

/// <summary>One message the sink accepted: the SMTP envelope and the headers and text of the message.</summary>
internal sealed record ReceivedMail(string MailFrom, IReadOnlyList<string> RcptTos, string From, string To, string Subject, string MessageId, string Body);
