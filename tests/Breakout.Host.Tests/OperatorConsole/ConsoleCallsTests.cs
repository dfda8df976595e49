using System.Net;
using System.Text.RegularExpressions;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// "Which client is failing and why": the calls page counts real SOAP calls by operation and result and lists the
/// failed ones with their codes, per account; calls that name no account are listed apart.
/// </summary>
public sealed partial class ConsoleCallsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CallsPage_CountsAnAccountsCallsByOperationAndResult_AndListsItsFailedCallsNewestFirst()
    {
        await using var server = await ConsoleServer.StartAsync();
        var token = await server.LoginAsync();
        var session = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First().Id;
        await server.SessionRegActionAsync(token, "Register", session, (invitee, null, "m-1"));
        var unknown = await server.SessionRegActionAsync(token, "Register", session, ("00000000-0000-0000-0000-00000000dead", null, "m-2"));
        var wrongPassword = await server.PostSoap11Async(SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, "not-the-password"), SoapEnvelopes.Action("Login"));
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var user = (await store.FindApiUserAsync(server.Manifest.AccountNumber, server.Manifest.UserName, Ct))!;
        await store.SetApiUserActiveAsync(user.Key, false, Ct);
        var disabled = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Register", session, (invitee, null, "m-4")), SoapEnvelopes.Action("SessionRegAction"));
        using var client = ConsoleServer.NewClient(server);
        await ConsoleServer.SignInAsync(client);

        var page = await client.GetStringAsync($"/console/accounts/{server.Manifest.AccountNumber}/calls", Ct);

        var itemError = Assert.Single(unknown).ErrorCode;
        Assert.Equal("false", wrongPassword.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("LoginSuccess")?.Value);
        Assert.Equal("CV10101", disabled.FaultCode);
        var (counts, failures) = (Table(page, 0), Table(page, 1));
        Assert.Equal(
            [
                // operation, calls, success, item errors, refused logins, faults, faults by code, cancelled
                ["Login", "2", "1", "0", "1", "0", "", "0"],
                ["SessionRegAction", "3", "1", "1", "0", "1", "CV10101 ×1", "0"],
            ],
            counts);
        Assert.Equal(3, failures.Count);
        Assert.Equal(["SessionRegAction", server.Manifest.UserName, "fault", "CV10101"], failures[0][1..5]);
        Assert.Equal(["Login", server.Manifest.UserName, "refused", "wrong password"], failures[1][1..5]);
        Assert.Equal(["SessionRegAction", server.Manifest.UserName, "item_errors", $"{itemError} ×1"], failures[2][1..5]);
        Assert.Equal(unknown[0].ErrorDescription, failures[2][5]);
        Assert.Equal(["127.0.0.1", "1"], failures[2][6..]);
    }

    [Fact]
    public async Task CallsPage_WithoutAnAccount_ListsTheCallsThatNamedNone_AndAnUnknownAccountIsNotFound()
    {
        await using var server = await ConsoleServer.StartAsync();
        var notXml = await server.PostSoap11Async("this is not XML", SoapEnvelopes.Action("Login"));
        var unknownSession = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction("not-a-session", "Register", server.Session("NET").Id, ("x", null, null)),
            SoapEnvelopes.Action("SessionRegAction"));
        using var client = ConsoleServer.NewClient(server);
        await ConsoleServer.SignInAsync(client);

        var page = await client.GetStringAsync("/console/calls", Ct);
        var missing = await client.GetAsync("/console/accounts/NO-SUCH-ACCOUNT/calls", Ct);
        var account = await client.GetStringAsync($"/console/accounts/{server.Manifest.AccountNumber}/calls", Ct);

        var failures = Table(page, 1);
        Assert.Equal(["SessionRegAction", "—", "fault", unknownSession.FaultCode!], failures[0][1..5]);
        Assert.Equal(["unknown", "—", "fault", notXml.FaultCode!], failures[1][1..5]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("No calls on this day.", account, StringComparison.Ordinal);
        Assert.Contains("No failed calls.", account, StringComparison.Ordinal);
    }

    /// <summary>The body rows of the page's <paramref name="index"/>th table, as the text of their cells.</summary>
    private static List<string[]> Table(string page, int index)
    {
        var table = TableElement().Matches(page)[index].Value;
        return [.. BodyRow().Matches(table[table.IndexOf("<tbody>", StringComparison.Ordinal)..])
            .Select(row => Cell().Matches(row.Value).Select(c => WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, "")).Trim()).ToArray())];
    }

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TableElement();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
