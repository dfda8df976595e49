using Breakout.Domain;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>The controllable clock, snapshots and resets (test mode), and the ready file.</summary>
public sealed class ClockAndResetTests
{
    [Fact]
    public async Task AdvancingTheClockPastTheTokenLifetime_ExpiresTheSession_WithCV10105()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var describe = SoapEnvelopes.WithHeader(token, "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />");
        Assert.Equal(200, (await server.PostSoap11Async(describe, null)).Status);

        var (_, before) = await server.AdminGetAsync("clock");
        var (status, clock) = await server.AdminPostAsync("clock", new { freeze = true, advance = "PT61M" });
        Assert.Equal(200, status);
        Assert.True(clock.GetProperty("frozen").GetBoolean());
        Assert.True(clock.GetProperty("now").GetDateTimeOffset() - before.GetProperty("now").GetDateTimeOffset() >= TimeSpan.FromMinutes(61));

        var reply = await server.PostSoap11Async(describe, null);
        Assert.Equal("CV10105", reply.FaultCode);

        var set = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var (_, moved) = await server.AdminPostAsync("clock", new { set });
        Assert.Equal(set, moved.GetProperty("now").GetDateTimeOffset());
        Assert.Equal(set, server.Services.GetRequiredService<TimeProvider>().GetUtcNow());
    }

    [Fact]
    public async Task SessionAutoClose_FollowsTheClock()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var breakfast = server.Session("EBB");
        var autoClose = DateTimeOffset.Parse(breakfast.AutoCloseDate!, System.Globalization.CultureInfo.InvariantCulture);
        var invitees = server.AcceptedInvitees.Take(2).Select(i => i.Id).ToList();
        Assert.Equal(CventErrors.SessionNotOpen.Code, (await server.SessionRegActionAsync(token, "Register", breakfast.Id, (invitees[0], null, null)))[0].ErrorCode);

        await server.AdminPostAsync("clock", new { freeze = true, set = autoClose.AddMinutes(-2) });
        Assert.True((await server.SessionRegActionAsync(token, "Register", breakfast.Id, (invitees[0], null, null)))[0].Success);

        await server.AdminPostAsync("clock", new { advance = "PT2M" });
        Assert.Equal(CventErrors.SessionNotOpen.Code, (await server.SessionRegActionAsync(token, "Register", breakfast.Id, (invitees[1], null, null)))[0].ErrorCode);
    }

    [Fact]
    public async Task Clock_SnapshotsAndResets_AreRefused_OutsideTestMode()
    {
        await using var server = await BreakoutServer.StartAsync(["--Breakout:Admin:Enabled=true"]);
        Assert.Equal(403, (await server.AdminPostAsync("clock", new { advance = "PT1H" })).Status);
        Assert.Equal(403, (await server.AdminPostAsync("snapshots/before")).Status);
        Assert.Equal(403, (await server.AdminPostAsync("reset")).Status);
        Assert.Same(TimeProvider.System, server.Services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task ResetToASnapshot_RestoresTheExactCounts()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var session = server.Session("KEY");
        var before = await server.RegisteredAsync(session.Id);
        Assert.Equal(201, (await server.AdminPostAsync("snapshots/before")).Status);

        var invitees = server.AcceptedInvitees.Take(3).Select(i => i.Id).ToList();
        foreach (var invitee in invitees)
        {
            Assert.True((await server.SessionRegActionAsync(token, "Register", session.Id, (invitee, null, null)))[0].Success);
        }

        Assert.Equal(before + 3, await server.RegisteredAsync(session.Id));

        Assert.Equal(204, (await server.AdminPostAsync("reset/before")).Status);
        Assert.Equal(before, await server.RegisteredAsync(session.Id));
        // The same registrations succeed again: the invitees are not registered any more.
        Assert.True((await server.SessionRegActionAsync(token, "Register", session.Id, (invitees[0], null, null)))[0].Success);
        Assert.Equal(before + 1, await server.RegisteredAsync(session.Id));

        Assert.Equal(404, (await server.AdminPostAsync("reset/never-saved")).Status);
        Assert.Equal(400, (await server.AdminPostAsync("reset/..%2Fescape")).Status);
    }

    [Fact]
    public async Task Reset_RestoresTheDatabaseAsItWasAtStart()
    {
        await using var server = await BreakoutServer.StartAsync(["--test-mode"]);
        var token = await server.LoginAsync();
        var session = server.Session("NET");
        var atStart = await server.RegisteredAsync(session.Id);
        Assert.True((await server.SessionRegActionAsync(token, "Register", session.Id, (server.AcceptedInvitees.First().Id, null, null)))[0].Success);
        Assert.Equal(atStart + 1, await server.RegisteredAsync(session.Id));

        Assert.Equal(204, (await server.AdminPostAsync("reset")).Status);
        Assert.Equal(atStart, await server.RegisteredAsync(session.Id));
        // The token was issued after the start snapshot: it is gone with the rest.
        var reply = await server.PostSoap11Async(SoapEnvelopes.WithHeader(token, "<DescribeGlobal xmlns=\"http://api.cvent.com/2006-11\" />"), null);
        Assert.Equal("CV10104", reply.FaultCode);
    }

    [Fact]
    public async Task PortZero_AndReadyFile_GiveTheUrlOnceListening()
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var ready = Path.Combine(directory, "ready.txt");
        var app = await BreakoutApp.BuildAsync(["--db", Path.Combine(directory, "b.db"), "--port", "0", "--ready-file", ready, "--Logging:LogLevel:Default=Warning"]);
        try
        {
            Assert.False(File.Exists(ready));
            await app.StartAsync();
            var url = (await File.ReadAllTextAsync(ready)).Trim();
            Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
            Assert.DoesNotContain(":0", url[^2..], StringComparison.Ordinal);
            using var client = new HttpClient();
            Assert.True((await client.GetAsync(url + "/health/live")).IsSuccessStatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
