using System.Net;
using System.Net.Http.Headers;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>The request journal and verification over the admin API, and who may use it.</summary>
public sealed class JournalTests
{
    [Fact]
    public async Task Journal_RecordsEachCall_WithCallerOutcomeAndItems_AndRedactsSecrets()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var invitee = server.AcceptedInvitees.First().Id;
        var reply = await server.RegisterAsync(token, server.Session("KEY").Id, invitee);
        Assert.Equal(200, reply.Status);

        var (status, journal) = await server.AdminGetAsync("journal");
        Assert.Equal(200, status);
        var text = journal.ToString();
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(server.Manifest.Password, text, StringComparison.Ordinal);

        var calls = journal.EnumerateArray().ToList();
        Assert.Equal(["Login", "SessionRegAction"], calls.Select(c => c.GetProperty("operation").GetString()));
        var login = calls[0];
        Assert.Equal(server.Manifest.AccountNumber, login.GetProperty("account").GetString());
        Assert.Contains("<Password>***</Password>", login.GetProperty("request").GetString(), StringComparison.Ordinal);
        Assert.Contains("CventSessionHeader=\"***\"", login.GetProperty("response").GetString(), StringComparison.Ordinal);

        var register = calls[1];
        Assert.Equal(server.Manifest.AccountNumber, register.GetProperty("account").GetString());
        Assert.Equal(server.Manifest.UserName, register.GetProperty("apiUser").GetString());
        Assert.Equal(200, register.GetProperty("httpStatus").GetInt32());
        Assert.True(register.GetProperty("sequence").GetInt64() > login.GetProperty("sequence").GetInt64());
        Assert.True(register.GetProperty("durationMs").GetDouble() > 0);
        Assert.Contains("<CventSessionValue>***</CventSessionValue>", register.GetProperty("request").GetString(), StringComparison.Ordinal);
        Assert.Contains(invitee, register.GetProperty("request").GetString(), StringComparison.OrdinalIgnoreCase);
        var item = Assert.Single(register.GetProperty("items").EnumerateArray());
        Assert.True(item.GetProperty("success").GetBoolean());
        Assert.Equal(invitee, item.GetProperty("id").GetString(), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Journal_FiltersByOperationAccountSinceAndResultCode_AndClears()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var session = server.Session("KEY").Id;
        var invitee = server.AcceptedInvitees.First().Id;
        await server.RegisterAsync(token, session, invitee);
        var (_, first) = await server.AdminGetAsync("journal?operation=SessionRegAction");
        var since = first[0].GetProperty("time").GetDateTimeOffset();
        await server.RegisterAsync(token, session, invitee); // already registered: an item error

        Assert.Equal(2, (await server.AdminGetAsync("journal?operation=sessionregaction")).Json.GetArrayLength());
        Assert.Equal(3, (await server.AdminGetAsync($"journal?account={server.Manifest.AccountNumber}")).Json.GetArrayLength());
        Assert.Equal(0, (await server.AdminGetAsync("journal?account=NOSUCHACCOUNT")).Json.GetArrayLength());
        Assert.Equal(2, (await server.AdminGetAsync($"journal?operation=SessionRegAction&since={Uri.EscapeDataString(since.ToString("O"))}")).Json.GetArrayLength());
        var failed = (await server.AdminGetAsync("journal?resultCode=CV90105")).Json;
        var entry = Assert.Single(failed.EnumerateArray());
        Assert.Equal("CV90105", entry.GetProperty("items")[0].GetProperty("errors")[0].GetString());

        Assert.Equal(204, await server.AdminDeleteAsync("journal"));
        Assert.Equal(0, (await server.AdminGetAsync("journal")).Json.GetArrayLength());
    }

    [Fact]
    public async Task Count_VerifiesCallsByRequestFields()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var key = server.Session("KEY").Id;
        var net = server.Session("NET").Id;
        var invitees = server.AcceptedInvitees.Take(2).Select(i => i.Id).ToList();
        await server.RegisterAsync(token, key, invitees[0]);
        await server.RegisterAsync(token, key, invitees[1]);
        await server.RegisterAsync(token, net, invitees[0]);

        Assert.Equal(3, await server.CountAsync(new { operation = "SessionRegAction" }));
        Assert.Equal(2, await server.CountAsync(new { operation = "SessionRegAction", fields = new Dictionary<string, string> { ["ProductId"] = key } }));
        Assert.Equal(1, await server.CountAsync(new { fields = new Dictionary<string, string> { ["ProductId"] = key.ToLowerInvariant(), ["Id"] = invitees[1] } }));
        Assert.Equal(0, await server.CountAsync(new { fields = new Dictionary<string, string> { ["ProductId"] = net, ["Id"] = invitees[1] } }));
        Assert.Equal(1, await server.CountAsync(new { operation = "Login", account = server.Manifest.AccountNumber }));
    }

    [Fact]
    public async Task AdminApi_IsNotServed_UnlessEnabled()
    {
        await using var server = await BreakoutServer.StartAsync();
        Assert.Equal(404, (await server.AdminGetAsync("journal")).Status);

        await using var enabled = await BreakoutServer.StartAsync(["--Breakout:Admin:Enabled=true"]);
        Assert.Equal(200, (await enabled.AdminGetAsync("journal")).Status);
    }

    [Fact]
    public async Task AdminApi_RefusesClientsThatAreNotLoopback()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        // The loopback proxy is trusted by default, so the client is the address it forwards.
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Admin("journal"));
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        using var local = new HttpRequestMessage(HttpMethod.Get, server.Admin("journal"));
        local.Headers.Add("X-Forwarded-For", "127.0.0.1");
        using var allowed = await server.Client.SendAsync(local);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task AdminApi_WithAKey_NeedsTheBearerKey()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode", "--Breakout:Admin:ApiKey=s3cret-key"]);
        Assert.Equal(401, (await server.AdminGetAsync("journal")).Status);

        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wrong");
        Assert.Equal(401, (await server.AdminGetAsync("journal")).Status);
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-key");
        Assert.Equal(200, (await server.AdminGetAsync("journal")).Status);
    }

    [Fact]
    public async Task AdminApi_ServesItsOpenApiDocument()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var (status, document) = await server.AdminGetAsync("openapi/admin.json");
        Assert.Equal(200, status);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/admin/journal", paths);
        Assert.Contains("/admin/journal/count", paths);
        Assert.Contains("/admin/faults", paths);
        Assert.Contains("/admin/clock", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/soap", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JournalSizeZero_TurnsTheJournalOff()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode", "--Breakout:Admin:JournalSize=0"]);
        await server.LoginAsync();
        Assert.Equal(409, (await server.AdminGetAsync("journal")).Status);
    }

    [Fact]
    public async Task Journal_KeepsTheNewestCalls_UpToItsSize()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode", "--Breakout:Admin:JournalSize=3"]);
        for (var i = 0; i < 5; i++)
        {
            await server.LoginAsync();
        }

        var (_, journal) = await server.AdminGetAsync("journal");
        Assert.Equal([3L, 4L, 5L], journal.EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64()));
    }
}
