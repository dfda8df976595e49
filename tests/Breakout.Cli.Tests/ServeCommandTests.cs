using System.Diagnostics;
using System.Text;
using Breakout.Admin;
using Breakout.TestSupport;

namespace Breakout.Cli.Tests;

/// <summary><c>breakout serve</c> as a process, the way a pytest or Jest fixture starts it.</summary>
public sealed class ServeCommandTests
{
    private const string Workshop = "A1B2C3D4-0000-4000-8000-000000000002";
    private const string Grace = "10000000-0000-4000-8000-000000000002";
    private const string Linus = "10000000-0000-4000-8000-000000000003";

    [Fact]
    public async Task Serve_WithASeedFile_ListensOnAFreePort_WritesTheReadyFile_AndServesTheSeededData()
    {
        using var folder = new TempDatabase();
        var seed = Path.Combine(SharedFiles.RepositoryRoot, "examples", "cvent-seed.json");
        var ready = folder.File("ready.txt");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "breakout.dll"), "--db", folder.DatabasePath, "serve", "--seed", seed,
            "--test-mode", "--port", "0", "--ready-file", ready, "--Logging:LogLevel:Default=Warning"])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            for (var attempt = 0; attempt < 600 && !File.Exists(ready) && !process.HasExited; attempt++)
            {
                await Task.Delay(100);
            }

            Assert.True(File.Exists(ready), output.ToString());
            var url = (await File.ReadAllTextAsync(ready)).Trim();
            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
            // The line is printed before the file is written, but this process reads the pipe on another thread.
            for (var attempt = 0; attempt < 100 && !Printed(output, $"Ready: {url}"); attempt++)
            {
                await Task.Delay(100);
            }

            Assert.True(Printed(output, $"Ready: {url}"), output.ToString());

            using var client = new SoapClient(url + "/soap/V200611.asmx");
            var token = await client.LoginAsync(DemoTenant.AccountNumber, DemoTenant.UserName, DemoTenant.Password);
            var results = await client.SessionRegActionAsync(token, "Register", Workshop, ["10000000-0000-4000-8000-000000000001", Grace, Linus]);
            Assert.Equal([true, true, false], results.Select(r => r.Success)); // the seeded workshop holds two

            using var http = new HttpClient();
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await http.PostAsync(url + "/admin/reset", null)).StatusCode);
            var again = await client.SessionRegActionAsync(await client.LoginAsync(DemoTenant.AccountNumber, DemoTenant.UserName, DemoTenant.Password),
                "Register", Workshop, [Linus]);
            Assert.True(again[0].Success, "the reset restores the seeded data as it was at start");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static bool Printed(StringBuilder output, string line)
    {
        lock (output)
        {
            return output.ToString().Contains(line, StringComparison.Ordinal);
        }
    }
}
