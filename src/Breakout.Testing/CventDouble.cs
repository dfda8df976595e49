using System.Net.Http.Json;
using Breakout.Admin;
using Breakout.Cli;
using Breakout.Host;
using Microsoft.AspNetCore.Builder;

namespace Breakout.Testing;

/// <summary>
/// Breakout started in-process as a Cvent test double: Kestrel on a free loopback port, a temporary SQLite database
/// with the demo tenant (and an optional seed file), in test mode. Point a Cvent client at <see cref="Url"/>; verify
/// its calls, inject faults, move the clock and reset the data through the admin API, typed:
/// <code>
/// await using var cvent = await CventDouble.StartAsync();
/// client.Endpoint.Address = new EndpointAddress(cvent.Url);
/// await cvent.VerifyAsync(calls => calls.SessionRegAction(productId).WithInvitee(id), Times.Exactly(2));
/// </code>
/// </summary>
public sealed partial class CventDouble : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string folder;
    private readonly bool keepFiles;
    private readonly HttpClient admin;

    private CventDouble(WebApplication app, string folder, bool keepFiles, DemoManifest manifest)
    {
        this.app = app;
        this.folder = folder;
        this.keepFiles = keepFiles;
        Manifest = manifest;
        var endpoint = new Uri(manifest.Endpoint);
        BaseAddress = new Uri(endpoint.GetLeftPart(UriPartial.Authority));
        admin = new HttpClient { BaseAddress = new Uri(BaseAddress, "/admin/") };
    }

    /// <summary>The SOAP endpoint, <c>http://127.0.0.1:PORT/soap/V200611.asmx</c> (its WSDL: <c>?WSDL</c>).</summary>
    public string Url => Manifest.Endpoint;

    /// <summary>The server's root (<c>http://127.0.0.1:PORT</c>); the admin API is under <c>/admin/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The demo tenant: account number, user name, password, and every event, session, invitee and guest ID.</summary>
    public DemoManifest Manifest { get; }

    /// <summary>The server's services (its store, its clock), for what the admin API does not offer.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts a double; dispose it to stop the server and delete its database.</summary>
    public static async Task<CventDouble> StartAsync(CventDoubleOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new CventDoubleOptions();
        var folder = Path.Combine(Path.GetTempPath(), "breakout-double", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "breakout.db");
            if (options.SeedFile is { } seed)
            {
                await RunCliAsync(["--db", database, "demo", "--manifest", Path.Combine(folder, "seed-manifest.json")]);
                await RunCliAsync(["--db", database, "import", "--account", DemoTenant.AccountNumber, Path.GetFullPath(seed)]);
            }

            var manifestPath = Path.Combine(folder, "manifest.json");
            var app = await BreakoutApp.BuildAsync(
            [
                "--db", database, "--demo", "--demo-manifest", manifestPath, "--test-mode", "--port", "0",
                $"--Breakout:Admin:JournalSize={options.JournalSize}", "--Logging:LogLevel:Default=Warning", .. options.HostArguments,
            ]);
            await app.StartAsync(cancellationToken);
            var manifest = DemoManifest.FromJson(await File.ReadAllTextAsync(manifestPath, cancellationToken));
            return new CventDouble(app, folder, options.KeepFiles, manifest);
        }
        catch when (!options.KeepFiles)
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        if (!keepFiles)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open elsewhere: the temporary folder is left for the system to clear.
            }
        }
    }

    private static async Task RunCliAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BreakoutCli.RunAsync(args, output, error, TextReader.Null);
        if (exit != 0)
        {
            throw new InvalidOperationException($"breakout {string.Join(' ', args.Skip(2))} failed ({exit}): {error}{output}");
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await EnsureAsync(response, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(cancellationToken))!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"The admin API answered {(int)response.StatusCode}: {body}");
        }
    }
}
