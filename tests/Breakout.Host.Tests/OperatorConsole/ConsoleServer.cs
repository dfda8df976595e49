using System.Net;
using System.Text.RegularExpressions;
using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// A demo server with the console on (loopback clients only, the default), one console user, and helpers to sign in
/// with a plain HTTP client (cookies kept, redirects not followed) so a test sees each answer as sent.
/// </summary>
internal static partial class ConsoleServer
{
    public const string UserName = "ops";

    public const string Password = "console-pass-1";

    public static async Task<BreakoutServer> StartAsync(params string[] extraArgs)
    {
        var server = await BreakoutServer.StartAsync(["--Breakout:Console:Enabled=true", .. extraArgs]);
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        await store.SaveConsoleUserAsync(UserName, PasswordHash.Create(Password, iterations: 1000), TestContext.Current.CancellationToken);
        return server;
    }

    public static Uri Base(BreakoutServer server) => new(new Uri(server.Endpoint), "/");

    /// <summary>An HTTP client with a cookie jar that does not follow redirects.</summary>
    public static HttpClient NewClient(BreakoutServer server) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Base(server) };

    /// <summary>The antiforgery token of the first form of a page (its cookie is now in the client's jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return TokenField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery field in {path}: {page}");
    }

    /// <summary>Signs in through the form, as a browser would; answers the POST's response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string password = Password)
    {
        var token = await AntiforgeryTokenAsync(client, "/console/sign-in");
        return await client.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__antiforgery"] = token,
            ["userName"] = UserName,
            ["password"] = password,
        }), TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
