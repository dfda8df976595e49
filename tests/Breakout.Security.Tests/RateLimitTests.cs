using System.Text;
using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>The per-client rate limit: its own fault (BO10004, HTTP 429), distinct from the daily quota fault CV30100.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task RequestsOverTheLimit_GetRateLimitedFault_InTheRequestsSoapVersion_AndHealthIsNotLimited()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:RateLimitPermits=3", "--Breakout:RateLimitWindowSeconds=3600"]);
        var m = server.Manifest;
        var login = SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await server.PostSoap11Async(login, SoapEnvelopes.Action("Login"))).Status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = new StringContent(login, Encoding.UTF8, "text/xml") };
        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var limited = new SoapReply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", body);

        Assert.Equal(429, limited.Status);
        Assert.Equal("BO10004", limited.FaultCode);
        Assert.Equal("RATE_LIMITED", limited.FaultString);
        Assert.StartsWith("text/xml", limited.ContentType, StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter is not null);
        Assert.Equal("no-cache, no-store, must-revalidate", response.Headers.NonValidated["Cache-Control"].ToString());

        var soap12 = await server.PostSoap12Async(login.Replace("http://schemas.xmlsoap.org/soap/envelope/", "http://www.w3.org/2003/05/soap-envelope", StringComparison.Ordinal));
        Assert.Equal(429, soap12.Status);
        Assert.Equal("BO10004", soap12.FaultCode);
        Assert.Equal("http://www.w3.org/2003/05/soap-envelope", soap12.Xml.Root!.Name.NamespaceName);

        using var health = await server.Client.GetAsync(new Uri(new Uri(server.Endpoint), "/health"), TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)health.StatusCode);
    }

    [Fact]
    public async Task ALimitForAClusterOfThreeNodes_AllowsEachNodeItsThird_AndSaysSo()
    {
        await using var server = await BreakoutServer.StartAsync(
            ["--Breakout:RateLimitPermits=7", "--Breakout:RateLimitClusterNodes=3", "--Breakout:RateLimitWindowSeconds=3600"]);
        var m = server.Manifest;
        var login = SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await server.PostSoap11Async(login, SoapEnvelopes.Action("Login"))).Status);
        }

        var limited = await server.PostSoap11Async(login, SoapEnvelopes.Action("Login"));
        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal((429, "BO10004"), (limited.Status, limited.FaultCode));
        Assert.Contains("more than 3 requests in 3600 s to this node (7 to the cluster of 3 nodes)", limited.FaultDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDefault_ThereIsNoRateLimit()
    {
        await using var server = await BreakoutServer.StartAsync();
        var noHeader = SoapEnvelopes.SessionRegAction(null, "Register", server.Session("KEY").Id, (server.AcceptedInvitees.First().Id, null, null));
        var replies = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => server.PostSoap11Async(noHeader, SoapEnvelopes.Action("SessionRegAction"))));
        Assert.All(replies, r => Assert.Equal("CV10107", r.FaultCode));
    }
}
