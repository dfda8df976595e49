using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Breakout.Soap.Operations;
using Breakout.Soap.Pages;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>The service page, the <c>?op=</c> help pages and the local test console, over real HTTP.</summary>
public sealed partial class AsmxPagesTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    private async Task<(HttpStatusCode Status, string ContentType, string Body)> GetAsync(string url, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        using var response = await Server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ServicePage_ListsEveryOperationAlphabetically_WithHelpLinks_AndTheServiceDescription()
    {
        var (status, contentType, body) = await GetAsync("/soap/V200611.asmx");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", contentType);
        Assert.Contains("V200611", body);
        Assert.Contains("href=\"/soap/V200611.asmx?WSDL\"", body);
        var linked = OpLink().Matches(body).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(OperationCatalogue.AllOperationNames.Order(StringComparer.Ordinal), linked);
        Assert.Equal(51, linked.Count);
    }

    [Fact]
    public async Task ServicePage_MarksExactlyTheOperationsNotImplemented()
    {
        var (_, _, body) = await GetAsync("/soap/V200611.asmx");

        var implemented = Server.Services.GetRequiredService<OperationCatalogue>().Implemented.Select(o => o.Name).ToHashSet();
        var items = ListItem().Matches(body).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(51, items.Count);
        var marked = items.Where(i => i.Value.Contains(AsmxPages.NotImplementedMarker, StringComparison.Ordinal)).Select(i => i.Key);
        Assert.Equal(OperationCatalogue.AllOperationNames.Where(n => !implemented.Contains(n)).Order(StringComparer.Ordinal), marked);
        Assert.Contains("AddAdvancedLogic", marked);
        Assert.DoesNotContain("SessionRegAction", marked);
        Assert.Contains("BO10001 OPERATION_NOT_SUPPORTED", Text(body));
    }

    public static TheoryData<string> AllOperations => [.. OperationCatalogue.AllOperationNames];

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task HelpPage_EveryOperation_SampleRequestCarriesTheReferenceRequestElements(string operation)
    {
        var reference = WsdlStructure.Load(SharedFiles.ReferenceWsdl);
        XNamespace tns = "http://api.cvent.com/2006-11";
        var expected = reference.Component("element", tns + operation)!.Descendants(WsdlStructure.Xs + "element")
            .Select(e => ((string?)e.Attribute("name") ?? ((string)e.Attribute("ref")!).Split(':')[1]));

        var (status, _, body) = await GetAsync("/soap/V200611.asmx?op=" + operation);

        Assert.Equal(HttpStatusCode.OK, status);
        var envelope = XDocument.Parse(WebUtility.HtmlDecode(TextArea().Match(body).Groups[1].Value));
        var wrapper = envelope.Root!.Elements().Single(e => e.Name.LocalName == "Body").Elements().Single();
        Assert.Equal(tns + operation, wrapper.Name);
        Assert.Equal(expected, wrapper.Elements().Select(e => e.Name.LocalName).Distinct());
    }

    [Fact]
    public async Task HelpPage_SessionRegAction_SamplesEqualTheSeed_ApartFromTheHostLine()
    {
        var seed = (await File.ReadAllTextAsync(SharedFiles.Seed("SessionRegAction.asmx.txt"), TestContext.Current.CancellationToken)).ReplaceLineEndings("\n");
        var (status, _, body) = await GetAsync("/soap/V200611.asmx?op=SessionRegAction");

        Assert.Equal(HttpStatusCode.OK, status);
        var host = new Uri(Server.Endpoint).Authority;
        var seed11 = Between(seed, "POST ", "\n\nSOAP 1.2\n").Replace("Host: api.cvent.com\n", $"Host: {host}\n");
        var seed12 = seed[seed.LastIndexOf("POST ", StringComparison.Ordinal)..].TrimEnd('\n').Replace("Host: api.cvent.com\n", $"Host: {host}\n");
        Assert.Equal(seed11, Pre(body, "soap11-request") + "\n" + Pre(body, "soap11-response"));
        Assert.Equal(seed12, Pre(body, "soap12-request") + "\n" + Pre(body, "soap12-response"));
        foreach (var line in new[] { "Click here for a complete list of operations.", "SessionRegAction", "Test", "SOAP 1.1", "SOAP 1.2" })
        {
            Assert.Contains(line, Text(body));
        }
    }

    [Theory]
    [InlineData("Login")]
    [InlineData("Search")]
    [InlineData("CheckIn")]
    public async Task HelpPage_EveryOperation_HasBothSamplesWithItsSoapAction(string operation)
    {
        var (status, _, body) = await GetAsync("/soap/V200611.asmx?op=" + operation);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"SOAPAction: \"http://api.cvent.com/2006-11/{operation}\"", Pre(body, "soap11-request"));
        Assert.Contains($"<{operation}Response xmlns=\"http://api.cvent.com/2006-11\"", Pre(body, "soap12-response"));
        Assert.Equal(operation != "Login", Pre(body, "soap11-request").Contains("<CventSessionHeader", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HelpPage_UnknownOperation_Is404_WithTheNameEncoded()
    {
        var (status, contentType, body) = await GetAsync("/soap/V200611.asmx?op=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", contentType);
        Assert.DoesNotContain("<script>alert", body);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", body);
    }

    [Fact]
    public async Task HelpPage_FromLoopback_OffersTheTestForm_PrefilledWithTheSampleEnvelope()
    {
        var (_, _, body) = await GetAsync("/soap/V200611.asmx?op=SessionRegAction");

        Assert.Contains("<form id=\"console\"", body);
        Assert.Contains("id=\"session\"", body);
        Assert.Contains("value=\"soap12\"", body);
        Assert.Contains("fetch(", body);
        Assert.DoesNotContain(AsmxPages.RemoteTestMessage, body);
        var envelope = WebUtility.HtmlDecode(TextArea().Match(body).Groups[1].Value);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope", envelope);
        Assert.Contains("<CvInvitees SessionRegActionType=\"Register or Unregister\" ProductId=\"string\">", envelope);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("::ffff:192.0.2.1")]
    public void OperationPage_ForNonLoopbackPeer_SaysSoAndHasNoForm(string address)
    {
        var page = AsmxPages.OperationPage("SessionRegAction", "/soap/V200611.asmx", "api.example", IPAddress.Parse(address))!;

        Assert.Contains(AsmxPages.RemoteTestMessage, page);
        Assert.DoesNotContain("<form", page);
        Assert.DoesNotContain("<textarea", page);
        Assert.DoesNotContain("<script", page);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void OperationPage_ForLoopbackPeer_HasTheForm(string address)
    {
        var page = AsmxPages.OperationPage("Login", "/soap/V200611.asmx", "api.example", IPAddress.Parse(address))!;

        Assert.Contains("<form id=\"console\"", page);
        Assert.DoesNotContain("id=\"session\"", page);
    }

    [Fact]
    public void OperationPage_WithoutPeerAddress_HasNoForm()
    {
        var page = AsmxPages.OperationPage("Login", "/soap/V200611.asmx", "api.example", null)!;

        Assert.Contains(AsmxPages.RemoteTestMessage, page);
        Assert.DoesNotContain("<form", page);
    }

    [Fact]
    public async Task Post_UnimplementedOperation_AnswersOperationNotSupported()
    {
        var token = fixture.Token;
        var envelope = $"""
            <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Header>
            <CventSessionHeader xmlns="http://api.cvent.com/2006-11"><CventSessionValue>{token}</CventSessionValue></CventSessionHeader>
            </soap:Header><soap:Body><CreateRFP xmlns="http://api.cvent.com/2006-11"><EventId>x</EventId></CreateRFP></soap:Body></soap:Envelope>
            """;

        var reply = await Server.PostSoap11Async(envelope, SoapEnvelopes.Action("CreateRFP"));

        Assert.Equal("BO10001", reply.FaultCode);
        Assert.Equal("OPERATION_NOT_SUPPORTED", reply.FaultString);
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    private static string Pre(string html, string id)
    {
        var match = Regex.Match(html, $"<pre id=\"{id}\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no <pre id=\"{id}\">");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string Text(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("href=\"/soap/V200611.asmx\\?op=([A-Za-z]+)\"")]
    private static partial Regex OpLink();

    [GeneratedRegex("<li><a href=\"[^\"]*\\?op=([A-Za-z]+)\">[A-Za-z]+</a>(.*?)</li>")]
    private static partial Regex ListItem();

    [GeneratedRegex("<textarea id=\"envelope\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
