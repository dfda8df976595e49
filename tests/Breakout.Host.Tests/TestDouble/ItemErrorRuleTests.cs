using Breakout.Domain;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>Item-error fault rules: matching items of a batch are answered with the error and not run; the others run.</summary>
public sealed class ItemErrorRuleTests
{
    [Fact]
    public async Task ItemError_AnswersTheMatchingInvitee_AndRegistersTheOthers()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var session = server.Session("KEY");
        var (a, b, c) = (server.AcceptedInvitees.ElementAt(0).Id, server.AcceptedInvitees.ElementAt(1).Id, server.AcceptedInvitees.ElementAt(2).Id);
        await server.AddFaultAsync(new
        {
            id = "b-is-full",
            operation = "SessionRegAction",
            fields = new Dictionary<string, string> { ["Id"] = b.ToUpperInvariant() },
            itemError = "CV90109",
            itemErrorDescription = "Injected: already in this session group.",
        });
        var before = await server.RegisteredAsync(session.Id);

        var reply = await server.PostSoap11Async(
            SoapEnvelopes.SessionRegAction(token, "Register", session.Id, (a, null, "m-a"), (b, null, "m-b"), (c, null, "m-c")),
            SoapEnvelopes.Action("SessionRegAction"));

        Assert.Equal(200, reply.Status);
        Assert.Equal(
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <soap:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
              <soap:Header>
                <CventSessionHeader xmlns="http://api.cvent.com/2006-11">
                  <CventSessionValue>{token}</CventSessionValue>
                </CventSessionHeader>
              </soap:Header>
              <soap:Body>
                <SessionRegActionResponse xmlns="http://api.cvent.com/2006-11">
                  <SessionRegActionResult xmlns="http://schemas.cvent.com/api/2006-11">
                    <SessionRegActionResult Id="{a}" ReferenceId="m-a" Success="true" />
                    <SessionRegActionResult Id="{b}" ReferenceId="m-b" Success="false">
                      <Errors>
                        <Error Code="CV90109" Description="Injected: already in this session group." />
                      </Errors>
                    </SessionRegActionResult>
                    <SessionRegActionResult Id="{c}" ReferenceId="m-c" Success="true" />
                  </SessionRegActionResult>
                </SessionRegActionResponse>
              </soap:Body>
            </soap:Envelope>
            """.ReplaceLineEndings("\n"),
            reply.Body);

        // a and c really registered, b did not: two seats more, and a second call finds a and c already registered.
        Assert.Equal(before + 2, await server.RegisteredAsync(session.Id));
        Assert.Equal(204, await server.AdminDeleteAsync("faults"));
        var again = await server.SessionRegActionAsync(token, "Register", session.Id, (a, null, null), (b, null, null), (c, null, null));
        Assert.Equal([CventErrors.AlreadyRegistered.Code, null, CventErrors.AlreadyRegistered.Code], again.Select(r => r.ErrorCode));

        var (_, journal) = await server.AdminGetAsync("journal?operation=SessionRegAction&resultCode=CV90109");
        Assert.Equal("b-is-full", Assert.Single(journal.EnumerateArray()).GetProperty("faultRule").GetString());
    }

    [Fact]
    public async Task ItemErrorByProductId_FromTheFaultsFile_AnswersTheNextNItems_CountingItems()
    {
        var file = Path.Combine(Path.GetTempPath(), $"faults-{Guid.NewGuid():N}.json");
        await using var server = await StartWithFaultsFileAsync(file, """
            [{ "id": "key-full", "operation": "SessionRegAction", "fields": { "ProductId": "PRODUCT" }, "itemError": "BO90202", "times": 2 }]
            """, "KEY");
        var token = await server.LoginAsync();
        var session = server.Session("KEY");
        var ids = server.AcceptedInvitees.Take(3).Select(i => i.Id).ToArray();
        var before = await server.RegisteredAsync(session.Id);

        var results = await server.SessionRegActionAsync(token, "Register", session.Id, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]);

        Assert.Equal([false, false, true], results.Select(r => r.Success));
        Assert.Equal([CventErrors.SessionFull.Code, CventErrors.SessionFull.Code, null], results.Select(r => r.ErrorCode));
        Assert.Equal(ids, results.Select(r => r.Id));
        Assert.Equal(before + 1, await server.RegisteredAsync(session.Id));

        // Another session's items do not match; the rule has fired its two times.
        var other = await server.SessionRegActionAsync(token, "Register", server.Session("NET").Id, (ids[0], null, null));
        Assert.True(other[0].Success);
        var (_, rules) = await server.AdminGetAsync("faults");
        var rule = Assert.Single(rules.EnumerateArray());
        Assert.Equal((3, 2), (rule.GetProperty("matched").GetInt32(), rule.GetProperty("fired").GetInt32()));
    }

    [Fact]
    public async Task ItemError_OnCheckIn_AnswersTheMatchingItemOnly()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var (a, b) = (server.AcceptedInvitees.ElementAt(0).Id, server.AcceptedInvitees.ElementAt(1).Id);
        await server.AddFaultAsync(new { operation = "CheckIn", fields = new Dictionary<string, string> { ["Id"] = a }, itemError = "CV84001" });

        var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token,
            $"<CheckIn xmlns=\"http://api.cvent.com/2006-11\"><CvObjects><CvObject Id=\"{a}\" MessageId=\"m-a\"/><CvObject Id=\"{b}\" MessageId=\"m-b\"/></CvObjects>" +
            $"<AttendeeType>Event</AttendeeType><ProductId>{server.Conference.Id}</ProductId><UndoCheckIn>false</UndoCheckIn></CheckIn>"), SoapEnvelopes.Action("CheckIn"));

        Assert.True(reply.Status == 200, reply.Body);
        Assert.Contains(
            $"""
                    <CheckInResult Id="{a}" ReferenceId="m-a" Success="false">
                      <Errors>
                        <Error Code="CV84001" Description="Invitee ID does not exist" />
                      </Errors>
                    </CheckInResult>
                    <CheckInResult Id="{b}" ReferenceId="m-b" Success="true" />
            """.ReplaceLineEndings("\n"),
            reply.Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemErrorRules_ThatCannotAct_AreRefused()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        Assert.Equal(400, (await server.AdminPostAsync("faults", new { itemError = "CV90105" })).Status);
        Assert.Equal(400, (await server.AdminPostAsync("faults", new { operation = "DescribeGlobal", itemError = "CV90105" })).Status);
        Assert.Equal(400, (await server.AdminPostAsync("faults", new { operation = "SessionRegAction", itemError = "CV99999" })).Status);
        Assert.Equal(400, (await server.AdminPostAsync("faults", new { operation = "SessionRegAction", itemError = "CV90105", fault = "CV10001" })).Status);
        Assert.Equal(201, (await server.AdminPostAsync("faults", new { operation = "SessionRegAction", itemError = "CV90105" })).Status);
    }

    private static async Task<BreakoutServer> StartWithFaultsFileAsync(string file, string json, string sessionCode)
    {
        // The demo tenant's IDs come from a fixed seed: the rule can name the session before the server starts.
        var session = Admin.DemoTenant.Build().Sessions.Single(s => s.Code == sessionCode);
        await File.WriteAllTextAsync(file, json.Replace("PRODUCT", session.Id.ToString(), StringComparison.Ordinal));
        try
        {
            return await BreakoutServer.StartAsync(["--test-mode", $"--Breakout:Admin:FaultsFile={file}"]);
        }
        finally
        {
            File.Delete(file); // read once, at start
        }
    }
}
