using Breakout.Domain;
using Breakout.Soap;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>Fault rules added over the admin API (and from a file at start), seen by real HTTP clients.</summary>
public sealed class FaultRuleTests
{
    [Fact]
    public async Task CventFault_IsAnsweredWithTheBytesTheServerWritesForThatError_AndTheOperationDoesNotRun()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        await server.AddFaultAsync(new { operation = "SessionRegAction", fault = "CV10105", faultDetail = "Injected expiry." });

        var invitee = server.AcceptedInvitees.First().Id;
        var reply = await server.RegisterAsync(token, server.Session("KEY").Id, invitee);

        var expected = SoapEndpoint.Fault(SoapVersion.Soap11, new SoapFaultException(CventErrors.SessionExpired, "Injected expiry."), server.Endpoint);
        Assert.Equal(expected.StatusCode, reply.Status);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.Body.Span), reply.Body);
        Assert.Equal("CV10105", reply.FaultCode);

        Assert.Equal(204, await server.AdminDeleteAsync("faults"));
        var after = await server.SessionRegActionAsync(token, "Register", server.Session("KEY").Id, (invitee, null, null));
        Assert.True(after[0].Success, "the faulted call must not have registered the invitee");
        Assert.Equal(1, await server.CountAsync(new { resultCode = "CV10105" }));
    }

    [Fact]
    public async Task Delay_HoldsTheCall_AndTheJournalRecordsIt()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        await server.AddFaultAsync(new { operation = "SessionRegAction", delay = "PT0.4S" });

        var reply = await server.RegisterAsync(token, server.Session("KEY").Id, server.AcceptedInvitees.First().Id);
        Assert.Equal(200, reply.Status);

        var (_, journal) = await server.AdminGetAsync("journal?operation=SessionRegAction");
        var entry = Assert.Single(journal.EnumerateArray());
        Assert.True(entry.GetProperty("durationMs").GetDouble() >= 400, entry.ToString());
        Assert.NotNull(entry.GetProperty("faultRule").GetString());
    }

    [Fact]
    public async Task HttpStatus_AnswersWithThatStatusAndNoBody()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        await server.AddFaultAsync(new { id = "gateway", operation = "SessionRegAction", httpStatus = 503, times = 1 });

        var reply = await server.RegisterAsync(token, server.Session("KEY").Id, server.AcceptedInvitees.First().Id);
        Assert.Equal(503, reply.Status);
        Assert.Equal("", reply.Body);

        var again = await server.RegisterAsync(token, server.Session("KEY").Id, server.AcceptedInvitees.First().Id);
        Assert.Equal(200, again.Status);
        var (_, rules) = await server.AdminGetAsync("faults");
        var rule = Assert.Single(rules.EnumerateArray());
        Assert.Equal((2, 1), (rule.GetProperty("matched").GetInt32(), rule.GetProperty("fired").GetInt32()));
    }

    [Fact]
    public async Task Drop_ClosesTheConnection_AClientSeesAConnectionError()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        await server.AddFaultAsync(new { operation = "SessionRegAction", drop = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => server.RegisterAsync(token, server.Session("KEY").Id, server.AcceptedInvitees.First().Id));
        var (_, journal) = await server.AdminGetAsync("journal?operation=SessionRegAction");
        Assert.True(Assert.Single(journal.EnumerateArray()).GetProperty("dropped").GetBoolean());
    }

    [Fact]
    public async Task NextN_EveryNth_AndAccountMatching()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        await server.AddFaultAsync(new { id = "every-third", operation = "DescribeGlobal", account = server.Manifest.AccountNumber, everyNth = 3, fault = "CV10001" });
        await server.AddFaultAsync(new { id = "other-account", account = "SOMEONEELSE", fault = "CV10000" });

        var codes = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />"), null);
            codes.Add(reply.Status == 200 ? null : reply.FaultCode);
        }

        Assert.Equal([null, null, "CV10001", null, null, "CV10001"], codes);
    }

    [Fact]
    public async Task Probability_WithASeed_FiresOnTheSameCallsEveryRun()
    {
        async Task<List<bool>> RunAsync()
        {
            await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
            var token = await server.LoginAsync();
            await server.AddFaultAsync(new { operation = "DescribeGlobal", probability = 0.5, seed = 1234, fault = "CV10000" });
            var faulted = new List<bool>();
            for (var i = 0; i < 16; i++)
            {
                var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />"), null);
                faulted.Add(reply.Status != 200);
            }

            return faulted;
        }

        var first = await RunAsync();
        Assert.Contains(true, first);
        Assert.Contains(false, first);
        Assert.Equal(first, await RunAsync());
    }

    [Fact]
    public async Task RequestContent_SelectsTheCalls_AndABadRuleIsRefused()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var (a, b) = (server.AcceptedInvitees.First().Id, server.AcceptedInvitees.Skip(1).First().Id);
        await server.AddFaultAsync(new { fields = new Dictionary<string, string> { ["Id"] = b }, fault = "CV30100" });

        Assert.Equal(200, (await server.RegisterAsync(token, server.Session("KEY").Id, a)).Status);
        Assert.Equal("CV30100", (await server.RegisterAsync(token, server.Session("KEY").Id, b)).FaultCode);

        Assert.Equal(400, (await server.AdminPostAsync("faults", new { fault = "CV99999" })).Status);
        Assert.Equal(400, (await server.AdminPostAsync("faults", new { operation = "Login" })).Status);
        Assert.Equal(400, (await server.AdminPostAsync("faults", new { delay = "two seconds" })).Status);
    }

    [Fact]
    public async Task FaultsFile_IsLoadedAtStart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"faults-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """[{ "id": "no-login", "operation": "Login", "fault": "CV10100", "times": 1 }]""");
        try
        {
            await using var server = await BreakoutServer.StartAsync(["--test-mode", $"--Breakout:Admin:FaultsFile={file}"]);
            var reply = await server.PostSoap11Async(
                SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password), SoapEnvelopes.Action("Login"));
            Assert.Equal("CV10100", reply.FaultCode);
            Assert.NotEmpty(await server.LoginAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
