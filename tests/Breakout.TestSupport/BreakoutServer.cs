using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Breakout.Admin;
using Breakout.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.TestSupport;

/// <summary>
/// A real Breakout host for tests: Kestrel on a free loopback port, a fresh SQLite file on disk, the demo tenant.
/// Requests go over real HTTP with raw SOAP bytes.
/// </summary>
public sealed class BreakoutServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private BreakoutServer(WebApplication app, string directory, DemoManifest manifest, HttpMessageHandler? handler)
    {
        this.app = app;
        Directory = directory;
        Manifest = manifest;
        Client = handler is null ? new HttpClient() : new HttpClient(handler);
        Client.BaseAddress = new Uri(manifest.Endpoint);
    }

    /// <summary>The folder holding this server's database and manifest (deleted on dispose).</summary>
    public string Directory { get; }

    public DemoManifest Manifest { get; }

    public HttpClient Client { get; }

    public string Endpoint => Manifest.Endpoint;

    public IServiceProvider Services => app.Services;

    public string DatabasePath => Path.Combine(Directory, "breakout.db");

    /// <summary>Starts a server; <paramref name="extraArgs"/> are host arguments, <paramref name="configure"/> replaces services (e.g. the clock).</summary>
    /// <param name="directory">An existing server folder to start on again (its database is kept); default a new one.</param>
    /// <param name="handler">
    /// The <see cref="Client"/>'s handler, for example one that trusts a test certificate when
    /// <paramref name="extraArgs"/> has <c>--urls https://127.0.0.1:0</c> (the later <c>--urls</c> wins); the client owns it.
    /// </param>
    public static async Task<BreakoutServer> StartAsync(
        IEnumerable<string>? extraArgs = null, Action<IServiceCollection>? configure = null, string? directory = null, HttpMessageHandler? handler = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "breakout-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var manifestPath = Path.Combine(directory, "manifest.json");
        string[] args = ["--db", Path.Combine(directory, "breakout.db"), "--demo", "--demo-manifest", manifestPath, "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning", .. extraArgs ?? []];
        var app = await BreakoutApp.BuildAsync(args, configure);
        await app.StartAsync();
        var manifest = DemoManifest.FromJson(await File.ReadAllTextAsync(manifestPath));
        return new BreakoutServer(app, directory, manifest, handler);
    }

    public DemoManifest.Event Conference => Manifest.Events[0];

    public DemoManifest.Session Session(string code) => Conference.Sessions.Single(s => s.Code == code);

    /// <summary>Accepted invitees of the conference, in manifest order.</summary>
    public IEnumerable<DemoManifest.Invitee> AcceptedInvitees => Conference.Invitees.Where(i => i.Status == "Accepted");

    /// <summary>Posts raw bytes as SOAP 1.1 (text/xml with a SOAPAction) and returns status and body text.</summary>
    public async Task<SoapReply> PostSoap11Async(string envelope, string? soapAction)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(envelope));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        if (soapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        }

        return await SendAsync(request);
    }

    /// <summary>Posts raw bytes as SOAP 1.2 (application/soap+xml, optional action parameter).</summary>
    public async Task<SoapReply> PostSoap12Async(string envelope, string? action = null)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(envelope));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(
            "application/soap+xml; charset=utf-8" + (action is null ? "" : $"; action=\"{action}\""));
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = content };
        return await SendAsync(request);
    }

    public async Task<SoapReply> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        return new SoapReply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }

    /// <summary>Logs in with the demo credentials and returns the session value.</summary>
    public async Task<string> LoginAsync()
    {
        var reply = await PostSoap11Async(SoapEnvelopes.Login(Manifest.AccountNumber, Manifest.UserName, Manifest.Password), SoapEnvelopes.Action("Login"));
        var result = reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single();
        if ((string?)result.Attribute("LoginSuccess") != "true")
        {
            throw new InvalidOperationException("Demo login failed: " + reply.Body);
        }

        return (string)result.Attribute("CventSessionHeader")!;
    }

    /// <summary>Sends one SessionRegAction over SOAP 1.1 and returns the per-item results.</summary>
    public async Task<IReadOnlyList<ItemResult>> SessionRegActionAsync(string token, string action, string productId, params (string? Id, string? Confirmation, string? MessageId)[] items)
    {
        var reply = await PostSoap11Async(SoapEnvelopes.SessionRegAction(token, action, productId, items), SoapEnvelopes.Action("SessionRegAction"));
        if (reply.Status != 200)
        {
            throw new InvalidOperationException($"SessionRegAction answered {reply.Status}: {reply.Body}");
        }

        return ItemResult.Parse(reply.Xml);
    }

    /// <summary>Stops the server but keeps its folder, so a new server can start on the same database.</summary>
    public async Task StopKeepingDataAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopKeepingDataAsync();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>An HTTP answer: status, content type and body; <see cref="Xml"/> parses the body.</summary>
public sealed record SoapReply(int Status, string ContentType, string Body)
{
    public XDocument Xml => XDocument.Parse(Body);

    /// <summary>
    /// The Cvent code of a fault (<c>CV10104</c> from <c>q0:CV10104</c>): SOAP 1.1's <c>faultcode</c>, SOAP 1.2's
    /// <c>Code/Value</c>; null when not a fault.
    /// </summary>
    public string? FaultCode =>
        Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "faultcode" || (e.Name.LocalName == "Value" && e.Parent?.Name.LocalName == "Code"))
            ?.Value.Split(':').Last();

    public string? FaultString =>
        Xml.Descendants().FirstOrDefault(e => e.Name.LocalName is "faultstring" || (e.Name.LocalName == "Text" && e.Parent?.Name.LocalName == "Reason"))?.Value;

    public string? FaultDetail => Xml.Descendants(SoapEnvelopes.S1 + "Exception-Detail").FirstOrDefault()?.Value;
}

/// <summary>One SessionRegActionResult item.</summary>
public sealed record ItemResult(string? Id, string? ReferenceId, bool Success, string? ErrorCode, string? ErrorDescription)
{
    public static IReadOnlyList<ItemResult> Parse(XDocument xml) =>
        [.. xml.Descendants(SoapEnvelopes.S1 + "SessionRegActionResult").Where(e => e.Parent?.Name == SoapEnvelopes.S1 + "SessionRegActionResult")
            .Select(e => new ItemResult(
                (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
                (string?)e.Element(SoapEnvelopes.S1 + "Errors")?.Element(SoapEnvelopes.S1 + "Error")?.Attribute("Code"),
                (string?)e.Element(SoapEnvelopes.S1 + "Errors")?.Element(SoapEnvelopes.S1 + "Error")?.Attribute("Description")))];
}
