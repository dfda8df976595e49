using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>The optional daily API call limit (CV30100) and DescribeGlobal, which reports it.</summary>
public sealed class QuotaTests
{
    private static readonly string DescribeGlobal = "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />";

    private static async Task<(string? Max, string? Current, string? Batch)> Describe(BreakoutServer server, string token)
    {
        var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, DescribeGlobal), SoapEnvelopes.Action("DescribeGlobal"));
        Assert.True(reply.Status == 200, reply.Body);
        var result = reply.Xml.Descendants(SoapEnvelopes.S1 + "DescribeGlobalResult").Single();
        return ((string?)result.Attribute("MaxAPICalls"), (string?)result.Attribute("CurrentAPICalls"), (string?)result.Attribute("MaxBatchSize"));
    }

    [Fact]
    public async Task WithoutAQuota_DescribeGlobal_ReportsNoLimit_AndCountsTheCalls_AcrossARestart()
    {
        var first = await BreakoutServer.StartAsync();
        var token = await first.LoginAsync();

        Assert.Equal(("2147483647", "1", "200"), await Describe(first, token));
        for (var i = 0; i < 3; i++)
        {
            var retrieve = await first.PostSoap11Async(SoapEnvelopes.WithHeader(token,
                $"<Retrieve xmlns=\"http://api.cvent.com/2006-11\"><ObjectType>Event</ObjectType><Ids><Id>{first.Conference.Id}</Id></Ids></Retrieve>"), null);
            Assert.Equal(200, retrieve.Status);
        }

        Assert.Equal(("2147483647", "5", "200"), await Describe(first, token));

        // The counts live in memory until flushed; stopping the host flushes them, so none is lost.
        await first.StopKeepingDataAsync();
        await using var second = await BreakoutServer.StartAsync(directory: first.Directory);
        Assert.Equal(("2147483647", "6", "200"), await Describe(second, await second.LoginAsync()));
    }

    [Fact]
    public async Task DailyLimit_IsCountedPerAccount_RefusesBeyond_AndStartsAgainAtMidnight()
    {
        var clock = new ManualClock(new DateTimeOffset(2027, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using var server = await BreakoutServer.StartAsync(
            ["--Breakout:DailyApiCallLimit=3", "--Breakout:QuotaTimeZone=UTC"], s => s.AddSingleton<TimeProvider>(clock));
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First().Id;

        Assert.Equal(("3", "1", "200"), await Describe(server, token));
        Assert.True((await server.SessionRegActionAsync(token, "Register", lounge, (invitee, null, null)))[0].Success);
        Assert.Equal(("3", "3", "200"), await Describe(server, token));
        var refused = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Unregister", lounge, (invitee, null, null)), null);
        Assert.Equal((500, "CV30100", "EXCEED_API_CALL_LIMIT"), (refused.Status, refused.FaultCode, refused.FaultString));

        // Login is not counted, and a new day starts a new count.
        clock.Advance(TimeSpan.FromHours(12));
        var nextDay = await server.LoginAsync();
        Assert.True((await server.SessionRegActionAsync(nextDay, "Unregister", lounge, (invitee, null, null)))[0].Success);
        Assert.Equal(("3", "2", "200"), await Describe(server, nextDay));
    }
}
