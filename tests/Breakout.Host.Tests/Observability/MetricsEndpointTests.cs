using System.Net;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.Observability;

/// <summary>
/// <c>/metrics</c> over real HTTP after raw SOAP calls: exact counts and label sets in the Prometheus text format, and
/// who may read it (<c>Breakout:Metrics</c>, <c>Breakout:MetricsAllowedFrom</c>).
/// </summary>
[Collection(nameof(MetricsCollection))]
public sealed class MetricsEndpointTests
{
    private const string Soap = "otel_scope_name=Breakout.Soap";
    private const string Storage = "otel_scope_name=Breakout.Storage";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<BreakoutServer> StartAsync(params string[] args) => BreakoutServer.StartAsync(["--Breakout:Metrics=true", .. args]);

    private static async Task<(HttpStatusCode Status, string Body)> GetMetricsAsync(BreakoutServer server, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }

        using var response = await server.Client.SendAsync(request, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    private static async Task<IReadOnlyList<PrometheusSample>> ScrapeAsync(BreakoutServer server)
    {
        var (status, body) = await GetMetricsAsync(server);
        Assert.Equal(HttpStatusCode.OK, status);
        return PrometheusText.Parse(body);
    }

    /// <summary>Every series of one metric: its label set and value.</summary>
    private static Dictionary<string, double> Series(IReadOnlyList<PrometheusSample> samples, string name) =>
        samples.Where(s => s.Name == name).ToDictionary(s => s.LabelSet, s => s.Value);

    [Fact]
    public async Task AfterLoginSessionRegActionAndFault_CountsEachCallItemAndLoginWithItsLabels()
    {
        await using var server = await StartAsync();
        var keynote = server.Session("KEY").Id;
        var invitee = server.AcceptedInvitees.First().Id;

        var token = await server.LoginAsync();
        var results = await server.SessionRegActionAsync(token, "Register", keynote, (invitee, null, "m1"), (Guid.NewGuid().ToString().ToUpperInvariant(), null, "m2"));
        var fault = await server.PostSoap11Async(
            SoapEnvelopes.SessionRegAction("not-a-session", "Register", keynote, (invitee, null, null)), SoapEnvelopes.Action("SessionRegAction"));
        var samples = await ScrapeAsync(server);

        Assert.Equal([(true, null), (false, "CV84001")], results.Select(r => (r.Success, r.ErrorCode)));
        Assert.Equal("CV10104", fault.FaultCode);
        Assert.Equal(new Dictionary<string, double>
        {
            [$"operation=Login,{Soap},result=success"] = 1,
            [$"operation=SessionRegAction,{Soap},result=item_errors"] = 1,
            [$"code=CV10104,operation=SessionRegAction,{Soap},result=fault"] = 1,
        }, Series(samples, "breakout_soap_calls_total"));
        Assert.Equal(new Dictionary<string, double>
        {
            [$"operation=SessionRegAction,{Soap},result=success"] = 1,
            [$"code=CV84001,operation=SessionRegAction,{Soap},result=error"] = 1,
        }, Series(samples, "breakout_soap_items_total"));
        Assert.Equal(new Dictionary<string, double>
        {
            [$"action=register,{Soap},outcome=registered"] = 1,
            [$"action=register,code=CV84001,{Soap},outcome=refused"] = 1,
        }, Series(samples, "breakout_sessionreg_items_total"));
        Assert.Equal(new Dictionary<string, double> { [$"{Soap},result=success"] = 1 }, Series(samples, "breakout_logins_total"));
        Assert.Equal(new Dictionary<string, double>
        {
            [$"operation=Login,{Soap},result=success"] = 1,
            [$"operation=SessionRegAction,{Soap},result=item_errors"] = 1,
            [$"operation=SessionRegAction,{Soap},result=fault"] = 1,
        }, Series(samples, "breakout_soap_call_duration_seconds_count"));
        Assert.Empty(Series(samples, "breakout_lockouts_total"));
    }

    [Fact]
    public async Task TwoServersInOneProcess_EachCountsOnlyItsOwnCalls()
    {
        await using var busy = await StartAsync();
        await using var idle = await StartAsync();

        await busy.SessionRegActionAsync(await busy.LoginAsync(), "Register", busy.Session("KEY").Id, (busy.AcceptedInvitees.First().Id, null, null));
        var idleSamples = await ScrapeAsync(idle);
        var busySamples = await ScrapeAsync(busy);

        Assert.Equal(new Dictionary<string, double>
        {
            [$"operation=Login,{Soap},result=success"] = 1,
            [$"operation=SessionRegAction,{Soap},result=success"] = 1,
        }, Series(busySamples, "breakout_soap_calls_total"));
        Assert.Empty(Series(idleSamples, "breakout_soap_calls_total"));
        Assert.Empty(Series(idleSamples, "breakout_logins_total"));
        // ASP.NET Core's request counts come from each host's own meter factory too: the idle host answered no SOAP request.
        Assert.DoesNotContain(Series(idleSamples, "http_server_request_duration_seconds_count"), s => s.Key.Contains("http_request_method=POST", StringComparison.Ordinal));
        Assert.Equal(2, Series(busySamples, "http_server_request_duration_seconds_count").Where(s => s.Key.Contains("http_request_method=POST", StringComparison.Ordinal)).Sum(s => s.Value));
    }

    [Fact]
    public async Task WrongPasswordsUntilLockout_CountRefusedLoginsByReason_AndOneLockout()
    {
        await using var server = await StartAsync("--Breakout:MaxFailedLogins=3");
        var m = server.Manifest;

        for (var i = 0; i < 3; i++)
        {
            await server.PostSoap11Async(SoapEnvelopes.Login(m.AccountNumber, m.UserName, "wrong"), SoapEnvelopes.Action("Login"));
        }

        await server.PostSoap11Async(SoapEnvelopes.Login(m.AccountNumber, m.UserName, m.Password), SoapEnvelopes.Action("Login"));
        await server.PostSoap11Async(SoapEnvelopes.Login(m.AccountNumber, "nobody", m.Password), SoapEnvelopes.Action("Login"));
        var samples = await ScrapeAsync(server);

        Assert.Equal(new Dictionary<string, double>
        {
            [$"{Soap},reason=wrong password,result=refused"] = 3,
            [$"{Soap},reason=locked out,result=refused"] = 1,
            [$"{Soap},reason=unknown account or user,result=refused"] = 1,
        }, Series(samples, "breakout_logins_total"));
        Assert.Equal(new Dictionary<string, double> { [Soap] = 1 }, Series(samples, "breakout_lockouts_total"));
    }

    [Fact]
    public async Task WaitlistAndPromotion_AreCountedOnce_WithTheWritersTransactions()
    {
        await using var server = await StartAsync("--Breakout:SessionFillMetricsSeconds=0");
        var token = await server.LoginAsync();
        var workshop = server.Session("WKS").Id;
        var ids = server.AcceptedInvitees.Take(6).Select(i => i.Id).ToList();
        var before = await ScrapeAsync(server);

        await server.SessionRegActionAsync(token, "Register", workshop, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]);
        var full = await ScrapeAsync(server);
        await server.SessionRegActionAsync(token, "Unregister", workshop, (ids[0], null, null));
        var samples = await ScrapeAsync(server);

        var wks = $"account={server.Manifest.AccountNumber},event_id={server.Conference.Id},otel_scope_name=Breakout.Sessions,session=WKS,session_id={workshop}";
        double Fill(IReadOnlyList<PrometheusSample> scrape, string name) => Series(scrape, name)[wks];
        Assert.Equal((0, 5, 0, 3), (Fill(before, "breakout_session_registered"), Fill(before, "breakout_session_capacity"),
            Fill(before, "breakout_session_waitlisted"), Fill(before, "breakout_session_waitlist_capacity")));
        Assert.Equal((5, 1), (Fill(full, "breakout_session_registered"), Fill(full, "breakout_session_waitlisted")));
        Assert.Equal((5, 0), (Fill(samples, "breakout_session_registered"), Fill(samples, "breakout_session_waitlisted")));

        Assert.Equal(new Dictionary<string, double>
        {
            [$"action=register,{Soap},outcome=registered"] = 5,
            [$"action=register,{Soap},outcome=waitlisted"] = 1,
            [$"action=unregister,{Soap},outcome=unregistered"] = 1,
        }, Series(samples, "breakout_sessionreg_items_total"));
        Assert.Equal(new Dictionary<string, double> { [Storage] = 1 }, Series(samples, "breakout_waitlist_promotions_total"));
        // The queue depth is a gauge of that moment (the quota counter's flush may be queued just then): it is there.
        Assert.Contains(Storage, Series(samples, "breakout_store_queue_depth").Keys);
        // Each SessionRegAction is a write request of its own transaction (the quota counter's flushes may add more).
        Assert.True(Growth(before, samples, "breakout_store_transaction_requests_sum") >= 2);
        Assert.True(Growth(before, samples, "breakout_store_commit_duration_seconds_count") >= 2);
        Assert.True(Growth(before, samples, "breakout_store_queue_wait_seconds_count") >= 2);
    }

    private static double Growth(IReadOnlyList<PrometheusSample> before, IReadOnlyList<PrometheusSample> after, string name) =>
        Series(after, name)[Storage] - Series(before, name).GetValueOrDefault(Storage);

    [Fact]
    public async Task WithTheDailyQuotaOn_QuotaUsageAndLimit_AreGauges()
    {
        await using var server = await StartAsync("--Breakout:DailyApiCallLimit=10");
        var token = await server.LoginAsync();
        var keynote = server.Session("KEY").Id;

        await server.SessionRegActionAsync(token, "Unregister", keynote, (server.AcceptedInvitees.First().Id, null, null));
        await server.SessionRegActionAsync(token, "Unregister", keynote, (server.AcceptedInvitees.First().Id, null, null));
        var samples = await ScrapeAsync(server);

        Assert.Equal(new Dictionary<string, double> { [$"account={server.Manifest.AccountNumber},{Soap}"] = 2 }, Series(samples, "breakout_quota_used"));
        Assert.Equal(new Dictionary<string, double> { [Soap] = 10 }, Series(samples, "breakout_quota_limit"));
    }

    [Fact]
    public async Task ByDefault_MetricsAreNotServed()
    {
        await using var server = await BreakoutServer.StartAsync();

        var (status, _) = await GetMetricsAsync(server);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task FromANonLoopbackClient_MetricsAreRefused_UnlessItsNetworkIsAllowed()
    {
        await using var loopbackOnly = await StartAsync();
        await using var office = await StartAsync("--Breakout:MetricsAllowedFrom=loopback, 203.0.113.0/24");

        // The tests connect from loopback, a trusted proxy by default: X-Forwarded-For names the client checked.
        var remote = await GetMetricsAsync(loopbackOnly, "198.51.100.7");
        var local = await GetMetricsAsync(loopbackOnly);
        var fromOffice = await GetMetricsAsync(office, "203.0.113.9");
        var fromElsewhere = await GetMetricsAsync(office, "198.51.100.7");

        Assert.Equal(HttpStatusCode.Forbidden, remote.Status);
        Assert.DoesNotContain("breakout_", remote.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, local.Status);
        Assert.Equal(HttpStatusCode.OK, fromOffice.Status);
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.Status);
    }

    [Theory]
    [InlineData("--Breakout:MetricsAllowedFrom=10.0.0.0/33", "Breakout:MetricsAllowedFrom: \"10.0.0.0/33\" is neither an IP address nor a CIDR network")]
    [InlineData("--Breakout:OtlpEndpoint=collector:4317", "Breakout:OtlpEndpoint \"collector:4317\" is not an http:// or https:// URL")]
    [InlineData("--Breakout:OtlpProtocol=http/json", "Breakout:OtlpProtocol \"http/json\" is neither grpc nor http/protobuf.")]
    public async Task ABadSetting_StopsTheStart_NamingTheKey(string setting, string message)
    {
        var error = await Assert.ThrowsAsync<HostStartException>(() => StartAsync("--Breakout:OtlpEndpoint=http://127.0.0.1:4317", setting));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
