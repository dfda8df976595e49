using System.Net;
using System.Text;
using Breakout.Admin;
using Breakout.Host;
using Breakout.Soap;
using Breakout.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Fuzz;

/// <summary>
/// The SOAP endpoint as the host composes it (real operations, real SQLite store with the demo tenant), fed raw
/// request bytes. Anything but a well-formed SOAP answer is a crash: an exception escaping the endpoint, a body
/// that is not a SOAP envelope, a status that contradicts the body, or an unexpected failure (<c>CV10000</c>),
/// which the endpoint would otherwise turn into a polite fault.
/// </summary>
internal sealed class FuzzTarget : IAsyncDisposable
{
    /// <summary>Inputs may carry this placeholder where a session value goes; it becomes a valid token, so fuzzed
    /// inputs reach the operations behind authentication, not only the reader.</summary>
    public static readonly byte[] TokenPlaceholder = "$TOKEN"u8.ToArray();

    private const string EndpointUrl = "http://127.0.0.1/soap/V200611.asmx";

    private readonly WebApplication app;
    private readonly SoapEndpoint endpoint;
    private readonly ErrorRecorder errors;
    private readonly string directory;
    private byte[] token = [];

    private FuzzTarget(WebApplication app, ErrorRecorder errors, string directory)
    {
        this.app = app;
        this.errors = errors;
        this.directory = directory;
        endpoint = app.Services.GetRequiredService<SoapEndpoint>();
    }

    /// <summary>Builds the host's services (Kestrel is never started), seeds the demo tenant and logs in once.</summary>
    public static async Task<FuzzTarget> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-fuzz", $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var errors = new ErrorRecorder();
        string[] args =
        [
            "--db", Path.Combine(directory, "breakout.db"), "--Breakout:SqliteSynchronous=NORMAL",
            // One process lives for many inputs: its token must outlive the run.
            "--Breakout:TokenLifetimeMinutes=100000", "--Logging:LogLevel:Default=Error",
        ];
        var app = await BreakoutApp.BuildAsync(args, services => services.AddSingleton<ILoggerProvider>(errors));
        await DemoTenant.CreateAsync(app.Services.GetRequiredService<IBreakoutStore>(), EndpointUrl);
        var target = new FuzzTarget(app, errors, directory);
        var login = target.Handle(Encoding.UTF8.GetBytes(SeedCorpus.Login(DemoTenant.AccountNumber, DemoTenant.UserName, DemoTenant.Password)), "text/xml; charset=utf-8");
        var text = Encoding.UTF8.GetString(login.Body.Span);
        const string marker = "CventSessionHeader=\"";
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("The demo login failed: " + text);
        }

        start += marker.Length;
        target.token = Encoding.ASCII.GetBytes(text[start..text.IndexOf('"', start)]);
        return target;
    }

    /// <summary>
    /// Runs one input. A first line starting with <c>#</c> is the Content-Type (the rest is the body); without it the
    /// request has no Content-Type and the envelope decides the SOAP version.
    /// </summary>
    public SoapHttpResponse Run(byte[] input)
    {
        string? contentType = null;
        var body = input.AsSpan();
        if (body.Length > 0 && body[0] == (byte)'#')
        {
            var end = body.IndexOf((byte)'\n');
            end = end < 0 ? body.Length : end;
            contentType = Encoding.Latin1.GetString(body[1..end]).Trim();
            body = end < body.Length ? body[(end + 1)..] : [];
        }

        var response = Handle(WithToken(body), contentType);
        ResponseCheck.Verify(response, errors.Take());
        return response;
    }

    private SoapHttpResponse Handle(byte[] body, string? contentType) =>
        endpoint.HandleAsync(new SoapHttpRequest(body, contentType, null, IPAddress.Loopback, EndpointUrl), CancellationToken.None)
            .GetAwaiter().GetResult();

    private byte[] WithToken(ReadOnlySpan<byte> body)
    {
        var output = new List<byte>(body.Length + 64);
        var guard = 0;
        while (guard++ <= body.Length)
        {
            var at = body.IndexOf(TokenPlaceholder);
            if (at < 0)
            {
                break;
            }

            output.AddRange(body[..at]);
            output.AddRange(token);
            body = body[(at + TokenPlaceholder.Length)..];
        }

        output.AddRange(body);
        return [.. output];
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
