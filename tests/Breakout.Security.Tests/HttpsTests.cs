using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>
/// Kestrel serving HTTPS with a certificate from ASP.NET Core's standard <c>Kestrel:Certificates:Default</c>
/// configuration, and the optional HSTS header. The certificate is self-signed, made in the test; the client trusts
/// exactly that certificate (by its SHA-256 hash), nothing else.
/// </summary>
public sealed class HttpsTests
{
    private const string HstsValue = "max-age=63072000; includeSubDomains; preload";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LoginAndSessionRegAction_WorkOverHttps_WithHstsOnlyWhenEnabled(bool hsts)
    {
        using var certificate = TestCertificate.SelfSigned();
        var pfx = Path.Combine(Path.GetTempPath(), $"breakout-test-{Guid.NewGuid():N}.pfx");
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, password), TestContext.Current.CancellationToken);
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new SocketsHttpHandler();
        handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
            presented is not null && presented.GetCertHashString(HashAlgorithmName.SHA256) == thumbprint;
        try
        {
            await using var server = await BreakoutServer.StartAsync(
                ["--urls", "https://127.0.0.1:0", $"--Kestrel:Certificates:Default:Path={pfx}", $"--Kestrel:Certificates:Default:Password={password}",
                    $"--Breakout:Hsts={hsts}"],
                handler: handler);
            Assert.StartsWith("https://127.0.0.1:", server.Endpoint, StringComparison.Ordinal);

            using var response = await PostLoginAsync(server);
            var result = XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
                .Descendants(SoapEnvelopes.S1 + "LoginResult").Single();
            Assert.Equal("true", (string?)result.Attribute("LoginSuccess"));
            Assert.Equal(server.Endpoint, (string?)result.Attribute("ServerURL"));
            Assert.StartsWith("https://", (string?)result.Attribute("ServerURL"), StringComparison.Ordinal);
            if (hsts)
            {
                Assert.Equal(HstsValue, Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
            }
            else
            {
                Assert.False(response.Headers.Contains("Strict-Transport-Security"));
            }

            var token = (string)result.Attribute("CventSessionHeader")!;
            var registered = Assert.Single(await server.SessionRegActionAsync(token, "Register", server.Session("NET").Id, (server.AcceptedInvitees.First().Id, null, "tls")));
            Assert.True(registered.Success, registered.ErrorCode);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    [Fact]
    public async Task Hsts_IsNotSentOverPlainHttp_EvenWhenEnabled()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:Hsts=true"]);

        using var response = await PostLoginAsync(server);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task AClientThatDoesNotTrustTheCertificate_CannotConnect()
    {
        using var certificate = TestCertificate.SelfSigned();
        var pfx = Path.Combine(Path.GetTempPath(), $"breakout-test-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pw"), TestContext.Current.CancellationToken);
        try
        {
            await using var server = await BreakoutServer.StartAsync(
                ["--urls", "https://127.0.0.1:0", $"--Kestrel:Certificates:Default:Path={pfx}", "--Kestrel:Certificates:Default:Password=pw"],
                handler: new SocketsHttpHandler());

            await Assert.ThrowsAsync<HttpRequestException>(() => PostLoginAsync(server));
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private static async Task<HttpResponseMessage> PostLoginAsync(BreakoutServer server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password))),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action("Login"));
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
