using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Breakout.TestSupport;

namespace Breakout.MultiNode.Tests;

/// <summary>
/// nginx (Debian's package) on its own loopback port in front of two Breakout processes on one PostgreSQL database,
/// nodes started without <c>PublicUrl</c> and with the default trusted proxies (loopback): the WSDL and Login's
/// ServerURL name nginx's host and port, and PHP's SoapClient works through it out of the box.
/// </summary>
public sealed class NginxProxyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "proxy-" + Guid.NewGuid().ToString("N"));
    private readonly List<IAsyncDisposable> started = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var item in Enumerable.Reverse(started))
        {
            await item.DisposeAsync();
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task<(BreakoutProcess A, BreakoutProcess B, NginxProxy Proxy)> StartAsync()
    {
        NginxProxy.Require();
        database.RequireServer();
        var a = await BreakoutProcess.StartAsync(Path.Combine(directory, "a"), ["--postgres", database.ConnectionString]);
        started.Add(a);
        var b = await BreakoutProcess.StartAsync(Path.Combine(directory, "b"), ["--postgres", database.ConnectionString]);
        started.Add(b);
        var proxy = await NginxProxy.StartAsync(Path.Combine(directory, "nginx"), [new Uri(a.Endpoint).Authority, new Uri(b.Endpoint).Authority]);
        started.Add(proxy);
        return (a, b, proxy);
    }

    [Fact]
    public async Task ThroughNginx_WsdlAndServerUrl_NameNginxsHostAndPort_AndRequestsReachBothNodes()
    {
        var (a, b, proxy) = await StartAsync();
        var endpoint = $"http://127.0.0.1:{proxy.Port}/soap/V200611.asmx";
        using var http = new HttpClient();
        using var client = new SoapClient(endpoint);
        var m = a.Manifest;

        var locations = new List<string>();
        var serverUrls = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var wsdl = XDocument.Parse(await http.GetStringAsync(endpoint + "?WSDL", TestContext.Current.CancellationToken));
            locations.AddRange(wsdl.Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string)e.Attribute("location")!));
            var login = await client.PostAsync(SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password), "Login");
            serverUrls.Add((string)login.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("ServerURL")!);
        }

        Assert.Equal(4, locations.Count);
        Assert.All(locations, l => Assert.Equal(endpoint, l));
        Assert.All(serverUrls, u => Assert.Equal(endpoint, u));
        // Without the proxy, each node names itself: the forwarded headers made the difference.
        Assert.NotEqual(endpoint, a.Endpoint);
        var log = await File.ReadAllTextAsync(proxy.AccessLog, TestContext.Current.CancellationToken);
        Assert.Contains("upstream=" + new Uri(a.Endpoint).Authority, log);
        Assert.Contains("upstream=" + new Uri(b.Endpoint).Authority, log);
    }

    [Fact]
    public async Task PhpSoapClient_LoadsTheWsdlThroughNginx_AndLogsInAndRegistersThroughIt()
    {
        RequirePhpSoap();
        var (a, _, proxy) = await StartAsync();
        var endpoint = $"http://127.0.0.1:{proxy.Port}/soap/V200611.asmx";
        var m = a.Manifest;
        var keynote = m.Events[0].Sessions.Single(s => s.Code == "KEY").Id;
        var invitee = m.Events[0].Invitees.First(i => i.Status == "Accepted").Id;
        var script = Path.Combine(SharedFiles.RepositoryRoot, "tests", "Breakout.MultiNode.Tests", "php", "through-proxy.php");

        var output = await RunAsync("php", script, endpoint + "?WSDL", m.AccountNumber, m.UserName, m.Password, keynote, invitee);

        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.True(root.GetProperty("login").GetBoolean(), output);
        Assert.Equal($"127.0.0.1:{proxy.Port}", root.GetProperty("loginHost").GetString());
        Assert.Equal(endpoint, root.GetProperty("serverUrl").GetString());
        var register = root.GetProperty("register").EnumerateArray().ToList();
        Assert.Equal(2, register.Count);
        Assert.True(register[0].GetProperty("success").GetBoolean(), output);
        Assert.Equal("CV90105", register[1].GetProperty("code").GetString());
        var log = await File.ReadAllTextAsync(proxy.AccessLog, TestContext.Current.CancellationToken);
        Assert.Contains("GET /soap/V200611.asmx?WSDL", log);
        Assert.Equal(3, log.Split('\n').Count(l => l.StartsWith("POST /soap/V200611.asmx ", StringComparison.Ordinal) && l.EndsWith("status=200", StringComparison.Ordinal)));
    }

    private static void RequirePhpSoap()
    {
        if (TryRun("php", "-r", "exit(extension_loaded('soap') ? 0 : 1);"))
        {
            return;
        }

        const string Reason = "php with the soap extension is missing: apt-get install -y php-cli php-soap php-xml (or source .ci/setup-php-suds.sh)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI must run the reverse-proxy tests, but " + Reason);
        }

        Assert.Skip(Reason);
    }

    private static bool TryRun(string fileName, params string[] arguments) =>
        ToolProbe.Runs(fileName, arguments);

    private static async Task<string> RunAsync(string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var (stdout, stderr) = (await output, await error);
        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{stderr}\n{stdout}");
        return stdout;
    }
}
