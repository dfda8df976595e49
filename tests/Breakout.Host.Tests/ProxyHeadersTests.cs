using System.Xml.Linq;
using Breakout.Domain.Access;
using Breakout.Soap.Pages;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>
/// X-Forwarded-* headers over real HTTP: believed from a trusted proxy (loopback by default, as the tests connect),
/// ignored from any other address. What they change: the WSDL's soap:address, Login's ServerURL, the address the rate
/// limit partitions by, and whether the ASMX test form is offered. (nginx in front of two nodes: Breakout.MultiNode.Tests.)
/// </summary>
public sealed class ProxyHeadersTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> GetAsync(BreakoutServer server, string query, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Endpoint + query);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await server.Client.SendAsync(request, Cancel);
        Assert.Equal(200, (int)response.StatusCode);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    /// <summary>Every soap:address and soap12:address location of the WSDL.</summary>
    private static List<string> AddressesOf(string wsdl) =>
        [.. XDocument.Parse(wsdl).Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string)e.Attribute("location")!)];

    private static async Task<XElement> LoginResultAsync(BreakoutServer server, string user, string password, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new StringContent(SoapEnvelopes.Login(server.Manifest.AccountNumber, user, password), System.Text.Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action("Login"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var reply = await server.SendAsync(request);
        return reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single();
    }

    private static async Task<string> ServerUrlAsync(BreakoutServer server, params (string Name, string Value)[] headers)
    {
        var result = await LoginResultAsync(server, server.Manifest.UserName, server.Manifest.Password, headers);
        Assert.Equal("true", (string?)result.Attribute("LoginSuccess"));
        return (string)result.Attribute("ServerURL")!;
    }

    [Theory]
    [InlineData("https", "breakout.example:8443", null, "https://breakout.example:8443/soap/V200611.asmx")]
    [InlineData("http", "breakout.example", "8080", "http://breakout.example:8080/soap/V200611.asmx")]
    [InlineData("https", "breakout.example", "443", "https://breakout.example/soap/V200611.asmx")]
    [InlineData("https", "breakout.example:9443", "8443", "https://breakout.example:9443/soap/V200611.asmx")]
    [InlineData("http", "[2001:db8::5]", "8080", "http://[2001:db8::5]:8080/soap/V200611.asmx")]
    public async Task FromTrustedLoopbackProxy_WsdlAndServerUrl_NameTheProxysSchemeHostAndPort(string proto, string host, string? port, string expected)
    {
        await using var server = await BreakoutServer.StartAsync();
        (string, string)[] headers = [("X-Forwarded-Proto", proto), ("X-Forwarded-Host", host), ("X-Forwarded-For", "203.0.113.7"),
            .. port is null ? [] : new[] { ("X-Forwarded-Port", port) }];

        var addresses = AddressesOf(await GetAsync(server, "?WSDL", headers));
        var serverUrl = await ServerUrlAsync(server, headers);

        Assert.Equal(2, addresses.Count);
        Assert.All(addresses, a => Assert.Equal(expected, a));
        Assert.Equal(expected, serverUrl);
    }

    [Fact]
    public async Task FromUntrustedAddress_ForgedForwardedHeaders_ChangeNothing()
    {
        // The test connects from loopback, which this server does not trust: only 192.0.2.1 is its proxy.
        await using var server = await BreakoutServer.StartAsync(["--Breakout:TrustedProxies=192.0.2.1"]);
        (string, string)[] forged = [("X-Forwarded-For", "203.0.113.7"), ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Port", "81"),
            ("X-Forwarded-Proto", "https"), ("Forwarded", "for=203.0.113.7;host=evil.example")];

        var addresses = AddressesOf(await GetAsync(server, "?WSDL", forged));
        var serverUrl = await ServerUrlAsync(server, forged);
        var plainPage = await GetAsync(server, "?op=SessionRegAction");
        var forgedPage = await GetAsync(server, "?op=SessionRegAction", forged);

        Assert.All(addresses, a => Assert.Equal(server.Endpoint, a));
        Assert.Equal(server.Endpoint, serverUrl);
        Assert.Equal(plainPage, forgedPage);
        Assert.Contains("<form id=\"console\"", forgedPage);
    }

    [Fact]
    public async Task TrustedProxiesNone_IgnoresForwardedHeadersEvenFromLoopback()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:TrustedProxies=none"]);

        var serverUrl = await ServerUrlAsync(server, ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"));

        Assert.Equal(server.Endpoint, serverUrl);
    }

    [Fact]
    public async Task TestForm_ThroughTrustedProxy_IsOfferedOnlyWhenTheForwardedClientIsLocalToo()
    {
        await using var server = await BreakoutServer.StartAsync();

        var remote = await GetAsync(server, "?op=SessionRegAction", ("X-Forwarded-For", "203.0.113.7"));
        var local = await GetAsync(server, "?op=SessionRegAction", ("X-Forwarded-For", "127.0.0.1"));

        Assert.Contains(AsmxPages.RemoteTestMessage, remote);
        Assert.DoesNotContain("<form", remote);
        Assert.Contains("<form id=\"console\"", local);
    }

    [Fact]
    public async Task RateLimit_ThroughTrustedProxy_CountsEachForwardedClientSeparately()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:RateLimitPermits=2", "--Breakout:RateLimitWindowSeconds=3600"]);

        async Task<int> LoginStatusAsync(string client)
        {
            var m = server.Manifest;
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
            {
                Content = new StringContent(SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password), System.Text.Encoding.UTF8, "text/xml"),
            };
            request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action("Login"));
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", client);
            return (await server.SendAsync(request)).Status;
        }

        int[] first = [await LoginStatusAsync("203.0.113.1"), await LoginStatusAsync("203.0.113.1"), await LoginStatusAsync("203.0.113.1")];
        int[] second = [await LoginStatusAsync("203.0.113.2"), await LoginStatusAsync("203.0.113.2"), await LoginStatusAsync("203.0.113.2")];

        Assert.Equal([200, 200, 429], first);
        Assert.Equal([200, 200, 429], second);
    }

    [Fact]
    public async Task RateLimit_FromUntrustedAddress_ForgedForwardedForSharesTheConnectionsBucket()
    {
        await using var server = await BreakoutServer.StartAsync(
            ["--Breakout:RateLimitPermits=2", "--Breakout:RateLimitWindowSeconds=3600", "--Breakout:TrustedProxies=none"]);
        var m = server.Manifest;
        var statuses = new List<int>();
        foreach (var client in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
            {
                Content = new StringContent(SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password), System.Text.Encoding.UTF8, "text/xml"),
            };
            request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action("Login"));
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", client);
            statuses.Add((await server.SendAsync(request)).Status);
        }

        Assert.Equal([200, 200, 429], statuses);
    }

    [Fact]
    public async Task IpAllowList_ThroughTrustedProxy_ChecksTheForwardedClient()
    {
        await using var server = await BreakoutServer.StartAsync();
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber, Cancel))!;
        await store.CreateApiUserAsync(account.Key, "office-only", PasswordHash.Create("s3cret!"), "203.0.113.0/24", Cancel);

        var fromOffice = await LoginResultAsync(server, "office-only", "s3cret!", ("X-Forwarded-For", "203.0.113.9"));
        var fromElsewhere = await LoginResultAsync(server, "office-only", "s3cret!", ("X-Forwarded-For", "198.51.100.1"));
        var fromTheProxyItself = await LoginResultAsync(server, "office-only", "s3cret!");

        Assert.Equal("true", (string?)fromOffice.Attribute("LoginSuccess"));
        Assert.Equal("false", (string?)fromElsewhere.Attribute("LoginSuccess"));
        Assert.Equal("false", (string?)fromTheProxyItself.Attribute("LoginSuccess"));
    }

    [Fact]
    public async Task Hsts_ThroughTrustedProxyTerminatingTls_IsSent_AndNotOnPlainHttp()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:Hsts=true"]);

        async Task<bool> HasHstsAsync(params (string Name, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, server.Endpoint + "?WSDL");
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await server.Client.SendAsync(request, Cancel);
            return response.Headers.Contains("Strict-Transport-Security");
        }

        Assert.True(await HasHstsAsync(("X-Forwarded-Proto", "https")));
        Assert.False(await HasHstsAsync());
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("proxy.example")]
    [InlineData(",")]
    public async Task InvalidTrustedProxies_StopsTheHostAtStart_NamingTheEntry(string value)
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var error = await Assert.ThrowsAsync<HostStartException>(
                () => BreakoutServer.StartAsync([$"--Breakout:TrustedProxies={value}"], directory: directory));

            Assert.Contains("Breakout:TrustedProxies", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
