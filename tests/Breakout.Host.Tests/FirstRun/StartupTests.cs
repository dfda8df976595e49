using System.Net;
using System.Net.Sockets;
using Breakout.Admin;

namespace Breakout.Host.Tests.FirstRun;

/// <summary>
/// The host started as an operator starts it: a real process, from a working directory that is not the application's
/// folder. Which database it uses, which configuration it reads, and how it fails to start.
/// </summary>
public sealed class StartupTests
{
    [Fact]
    public async Task RelativeDatabasePath_IsRelativeToTheWorkingDirectory_AndPrintedInFull()
    {
        using var folder = new TempFolder();
        await using var host = HostProcess.Start(folder.Path, ["--db", "data/relative.db", "--urls", "http://127.0.0.1:0"]);

        var line = await host.WaitForLineAsync(l => l.StartsWith("Database: ", StringComparison.Ordinal));
        await host.WaitForListeningAsync();

        Assert.Equal($"Database: {folder.File("data/relative.db")}", line);
        Assert.True(File.Exists(folder.File("data/relative.db")), host.ToString());
    }

    [Fact]
    public async Task FromAnotherWorkingDirectory_TheApplicationsOwnConfigurationFilesAreRead()
    {
        // An environment-specific appsettings file beside Breakout.Host.dll, as a publish folder would hold it.
        using var folder = new TempFolder();
        var environment = "FirstRun" + Guid.NewGuid().ToString("N");
        var settingsFile = Path.Combine(AppContext.BaseDirectory, $"appsettings.{environment}.json");
        var database = folder.File("from-appsettings.db");
        await File.WriteAllTextAsync(settingsFile, $$"""{ "Breakout": { "Database": "{{database}}" } }""", TestContext.Current.CancellationToken);
        try
        {
            await using var host = HostProcess.Start(folder.Path, ["--urls", "http://127.0.0.1:0"], new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = environment });

            var line = await host.WaitForLineAsync(l => l.StartsWith("Database: ", StringComparison.Ordinal));
            await host.WaitForListeningAsync();

            Assert.Equal($"Database: {database}", line);
            Assert.False(Directory.Exists(folder.File("data")), "the default data/breakout.db was used: " + host);
        }
        finally
        {
            File.Delete(settingsFile);
        }
    }

    [Theory]
    [InlineData("flag")]
    [InlineData("environment")]
    public async Task ConfigFile_FromTheFlagOrTheEnvironment_IsReadRelativeToTheWorkingDirectory(string how)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("etc"));
        await File.WriteAllTextAsync(folder.File("etc/breakout.json"), """{ "Breakout": { "Database": "var/configured.db" } }""", TestContext.Current.CancellationToken);
        string[] args = how == "flag" ? ["--config", "etc/breakout.json", "--urls", "http://127.0.0.1:0"] : ["--urls", "http://127.0.0.1:0"];
        var environment = how == "flag" ? null : new Dictionary<string, string> { ["Breakout__ConfigFile"] = "etc/breakout.json" };
        await using var host = HostProcess.Start(folder.Path, args, environment);

        var line = await host.WaitForLineAsync(l => l.StartsWith("Database: ", StringComparison.Ordinal));
        await host.WaitForListeningAsync();

        Assert.Equal($"Database: {folder.File("var/configured.db")}", line);
    }

    [Fact]
    public async Task ConfigFile_ThatDoesNotExist_IsOneLineAndExitCode1()
    {
        using var folder = new TempFolder();
        await using var host = HostProcess.Start(folder.Path, ["--config", "missing.json", "--urls", "http://127.0.0.1:0"]);

        var exit = await host.WaitForExitAsync();

        Assert.True(exit == 1, host.ToString());
        Assert.Equal([$"error: The configuration file {folder.File("missing.json")} does not exist."], host.Errors);
    }

    [Fact]
    public async Task PortInUse_IsOneLineNamingTheAddress_AndExitCode1()
    {
        using var folder = new TempFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        await using var host = HostProcess.Start(folder.Path, ["--db", "b.db", "--urls", $"http://127.0.0.1:{port}"]);

        var exit = await host.WaitForExitAsync();

        Assert.True(exit == 1, host.ToString());
        var error = Assert.Single(host.Errors);
        Assert.Equal($"error: Failed to bind to address http://127.0.0.1:{port}: address already in use.", error);
        Assert.DoesNotContain(host.Output, l => l.Contains("   at ", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvalidTrustedProxies_IsOneLineNamingTheEntry_AndExitCode1()
    {
        using var folder = new TempFolder();
        await using var host = HostProcess.Start(folder.Path, ["--db", "b.db", "--urls", "http://127.0.0.1:0", "--Breakout:TrustedProxies=proxy.example"]);

        var exit = await host.WaitForExitAsync();

        Assert.True(exit == 1, host.ToString());
        var error = Assert.Single(host.Errors);
        Assert.StartsWith("error: Breakout:TrustedProxies: \"proxy.example\" is neither an IP address nor a CIDR network", error, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Output, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnopenableDatabase_IsOneLineNamingIt_AndExitCode1()
    {
        using var folder = new TempFolder();
        await using var host = HostProcess.Start(folder.Path, ["--db", "/proc/nope", "--urls", "http://127.0.0.1:0"]);

        var exit = await host.WaitForExitAsync();

        Assert.True(exit == 1, host.ToString());
        var error = Assert.Single(host.Errors);
        Assert.StartsWith("error: Cannot open the database (/proc/nope): ", error, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Output, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Demo_OnADatabaseWithOtherAccountsOnly_PrintsNoCredentialsAndWritesNoManifest()
    {
        using var folder = new TempFolder();
        await using (var store = await StoreFactory.OpenAsync(new StoreOptions { SqlitePath = folder.File("b.db") }, TimeProvider.System, TestContext.Current.CancellationToken))
        {
            await store.CreateAccountAsync("ACME01", "Acme", TestContext.Current.CancellationToken);
        }

        await using var host = HostProcess.Start(folder.Path, ["--db", "b.db", "--demo", "--demo-manifest", "m.json", "--urls", "http://127.0.0.1:0"]);

        var line = await host.WaitForLineAsync(l => l.StartsWith("Database not empty", StringComparison.Ordinal));

        Assert.Contains("demo tenant not created", line, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Output, l => l.Contains("Password:", StringComparison.Ordinal) || l.Contains("AccountNumber:", StringComparison.Ordinal));
        Assert.False(File.Exists(folder.File("m.json")));
    }

    [Fact]
    public async Task Demo_OnADatabaseThatHasTheDemoTenant_PrintsItsCredentialsAgain()
    {
        using var folder = new TempFolder();
        await using (var store = await StoreFactory.OpenAsync(new StoreOptions { SqlitePath = folder.File("b.db") }, TimeProvider.System, TestContext.Current.CancellationToken))
        {
            await DemoTenant.CreateAsync(store, "http://127.0.0.1:5080/soap/V200611.asmx", TestContext.Current.CancellationToken);
        }

        await using var host = HostProcess.Start(folder.Path, ["--db", "b.db", "--demo", "--urls", "http://127.0.0.1:0"]);

        await host.WaitForLineAsync(l => l.StartsWith("Demo tenant already in the database.", StringComparison.Ordinal));
        var password = await host.WaitForLineAsync(l => l.Contains("Password:", StringComparison.Ordinal));

        Assert.EndsWith(DemoTenant.Password, password, StringComparison.Ordinal);
    }
}
