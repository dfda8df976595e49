using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>
/// <c>Breakout-Dry-Run: true</c> (docs/dry-run.md) over HTTP with raw SOAP: the call answers exactly what it would
/// answer and changes nothing, not even the API call count; other values are refused; Login always runs.
/// </summary>
public sealed class DryRunTests
{
    private const string DescribeGlobal = "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionRegAction_AsADryRun_AnswersTheBytesTheRealCallAnswers_AndChangesNothing()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var workshop = server.Session("WKS").Id;
        var items = server.AcceptedInvitees.Take(7).Select((i, n) => ((string?)i.Id, (string?)null, (string?)$"m{n}")).ToArray();
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", workshop, items);
        var callsBefore = await CurrentCallsAsync(server, token);

        var dry = await PostAsync(server, envelope, "SessionRegAction", "true");
        var dryAgain = await PostAsync(server, envelope, "SessionRegAction", "TRUE");
        var callsAfterDry = await CurrentCallsAsync(server, token);
        var real = await PostAsync(server, envelope, "SessionRegAction", null);
        var repeated = await PostAsync(server, envelope, "SessionRegAction", "true");

        Assert.Equal((200, "true"), (dry.Status, dry.DryRunHeader));
        Assert.Equal((200, (string?)null), (real.Status, real.DryRunHeader));
        Assert.Equal(real.Body, dry.Body);
        Assert.Equal(dry.Body, dryAgain.Body);
        var outcomes = ItemResult.Parse(XDocument.Parse(real.Body));
        Assert.Equal(5, outcomes.Count(r => r.Success));
        Assert.Equal(["BO90203", "BO90203"], outcomes.Where(r => !r.Success).Select(r => r.ErrorCode));
        Assert.Equal(callsBefore + 1, callsAfterDry); // the second DescribeGlobal; neither dry run counted
        Assert.All(ItemResult.Parse(XDocument.Parse(repeated.Body)), r => Assert.False(r.Success)); // the real call took effect
    }

    [Fact]
    public async Task CreateContact_AsADryRun_AnswersAnIdThatNeverExists_AndTheHeaderFalseRunsForReal()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        string Create(string email) => SoapEnvelopes.WithHeader(token,
            $"<CreateContact xmlns=\"{SoapEnvelopes.Tns}\"><Contacts><Contact xmlns=\"{SoapEnvelopes.S1}\" LastName=\"Dry\" EmailAddress=\"{email}\" /></Contacts></CreateContact>");

        var dry = await PostAsync(server, Create("dry@example.com"), "CreateContact", "true");
        var real = await PostAsync(server, Create("real@example.com"), "CreateContact", "false");

        var dryId = NewId(dry.Body);
        var realId = NewId(real.Body);
        Assert.Equal("true", dry.DryRunHeader);
        Assert.Null(real.DryRunHeader);
        Assert.Empty(ObjectCalls.Objects(await server.CallAsync(token, "Retrieve", ObjectCalls.Retrieve("Contact", dryId))));
        Assert.Single(ObjectCalls.Objects(await server.CallAsync(token, "Retrieve", ObjectCalls.Retrieve("Contact", realId))));
        Assert.Empty(ObjectCalls.Ids(await server.CallAsync(token, "Search",
            ObjectCalls.Search("Contact", null, ObjectCalls.Filter("EmailAddress", "Equals", "dry@example.com"))), "Search"));

        static string NewId(string body) =>
            (string)XDocument.Parse(body).Descendants(SoapEnvelopes.S1 + "CreateContactResult").Single(e => e.Attribute("Id") is not null).Attribute("Id")!;
    }

    [Fact]
    public async Task DryRunHeader_OtherThanTrueOrFalse_IsRefusedWithBO10010_AndLoginAlwaysRunsForReal()
    {
        await using var server = await BreakoutServer.StartAsync();
        var login = await PostAsync(server, SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password), "Login", "true");
        var token = (string)XDocument.Parse(login.Body).Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;

        var refused = await PostAsync(server, SoapEnvelopes.SessionRegAction(token, "Register", server.Session("WKS").Id,
            (server.AcceptedInvitees.First().Id, null, null)), "SessionRegAction", "yes");

        Assert.Null(login.DryRunHeader);
        Assert.Equal(200, (await PostAsync(server, SoapEnvelopes.WithHeader(token, DescribeGlobal), "DescribeGlobal", null)).Status);
        Assert.Equal(500, refused.Status);
        Assert.Equal("BO10010", new SoapReply(refused.Status, "", refused.Body).FaultCode);
        Assert.Contains("must be true or false, not 'yes'", refused.Body, StringComparison.Ordinal);
    }

    private static async Task<long> CurrentCallsAsync(BreakoutServer server, string token)
    {
        var reply = await PostAsync(server, SoapEnvelopes.WithHeader(token, DescribeGlobal), "DescribeGlobal", null);
        return long.Parse((string)XDocument.Parse(reply.Body).Descendants(SoapEnvelopes.S1 + "DescribeGlobalResult").Single().Attribute("CurrentAPICalls")!,
            System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<(int Status, string Body, string? DryRunHeader)> PostAsync(BreakoutServer server, string envelope, string operation, string? dryRun)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(envelope));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action(operation));
        if (dryRun is not null)
        {
            request.Headers.TryAddWithoutValidation("Breakout-Dry-Run", dryRun);
        }

        using var response = await server.Client.SendAsync(request, Ct);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Ct),
            response.Headers.TryGetValues("Breakout-Dry-Run", out var values) ? values.Single() : null);
    }
}
