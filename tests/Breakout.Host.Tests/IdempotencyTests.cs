using System.Xml.Linq;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>
/// <c>Idempotency-Key</c> (docs/idempotency.md) over HTTP with raw SOAP: a retry answers the first response byte for
/// byte and runs nothing; another body with the key is refused; concurrent calls with one key run once; keys expire.
/// </summary>
public sealed class IdempotencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SessionRegAction_RetriedWithTheSameKeyAndBody_AnswersTheIdenticalBytes_AndRegistersOnce()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var workshop = server.Session("WKS").Id;
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", workshop,
            [.. server.AcceptedInvitees.Take(7).Select((i, n) => ((string?)i.Id, (string?)null, (string?)$"m{n}"))]);

        var first = await PostAsync(server, envelope, "SessionRegAction", "retry-1");
        var retry = await PostAsync(server, envelope, "SessionRegAction", "retry-1");
        var withoutKey = await PostAsync(server, envelope, "SessionRegAction", null);

        Assert.Equal((200, false), (first.Status, first.Replayed));
        Assert.Equal((first.Status, first.ContentType, true), (retry.Status, retry.ContentType, retry.Replayed));
        Assert.Equal(first.Body, retry.Body);
        var outcomes = ItemResult.Parse(XDocument.Parse(first.Text));
        Assert.Equal(5, outcomes.Count(r => r.Success));
        Assert.All(ItemResult.Parse(XDocument.Parse(withoutKey.Text)), r => Assert.False(r.Success)); // the first call took effect, once
        Assert.Equal(7, (await RegistrationsAsync(server, workshop)).Count); // five seats and two waiting, once
    }

    [Fact]
    public async Task Request_WithAKey_AnswersExactlyTheBytesTheSameRequestAnswersWithout()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First().Id;
        var register = SoapEnvelopes.SessionRegAction(token, "Register", lounge, (invitee, null, "m1"));
        var unregister = SoapEnvelopes.SessionRegAction(token, "Unregister", lounge, (invitee, null, "m2"));

        var withoutKey = await PostAsync(server, register, "SessionRegAction", null);
        Assert.Equal(200, (await PostAsync(server, unregister, "SessionRegAction", null)).Status);
        var withKey = await PostAsync(server, register, "SessionRegAction", "same-bytes");

        Assert.Equal((withoutKey.Status, withoutKey.ContentType), (withKey.Status, withKey.ContentType));
        Assert.Equal(withoutKey.Body, withKey.Body);
        Assert.True(Assert.Single(ItemResult.Parse(XDocument.Parse(withKey.Text))).Success);
    }

    [Fact]
    public async Task SameKey_WithAnotherBody_IsRefusedWithBO10011_AndRunsNothing()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var invitees = server.AcceptedInvitees.Take(2).Select(i => i.Id).ToArray();

        var first = await PostAsync(server, SoapEnvelopes.SessionRegAction(token, "Register", lounge, (invitees[0], null, null)), "SessionRegAction", "k-1");
        var reused = await PostAsync(server, SoapEnvelopes.SessionRegAction(token, "Register", lounge, (invitees[1], null, null)), "SessionRegAction", "k-1");

        Assert.Equal(200, first.Status);
        Assert.Equal((500, "BO10011", false), (reused.Status, reused.Soap.FaultCode, reused.Replayed));
        Assert.Equal([invitees[0]], (await RegistrationsAsync(server, lounge)).Select(r => r.RegistrantId));
    }

    [Fact]
    public async Task ConcurrentCallsWithOneKey_RunOnce_AndAllAnswerTheSameBytes()
    {
        // A generous wait: on a busy machine the retries must wait for the first call, not give up with BO10012.
        await using var server = await BreakoutServer.StartAsync(["--Breakout:Idempotency:Wait=00:00:30"]);
        var token = await server.LoginAsync();
        var workshop = server.Session("WKS").Id;
        var envelope = SoapEnvelopes.SessionRegAction(token, "Register", workshop,
            [.. server.AcceptedInvitees.Take(3).Select(i => ((string?)i.Id, (string?)null, (string?)null))]);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PostAsync(server, envelope, "SessionRegAction", "together"), Ct)));

        Assert.All(replies, r => Assert.Equal(200, r.Status));
        Assert.All(replies, r => Assert.Equal(replies[0].Body, r.Body));
        Assert.Single(replies, r => !r.Replayed);
        Assert.All(ItemResult.Parse(XDocument.Parse(replies[0].Text)), r => Assert.True(r.Success));
        Assert.Equal(3, (await RegistrationsAsync(server, workshop)).Count);
    }

    [Fact]
    public async Task Key_PastItsRetention_RunsAgain_AndThePurgeRemovesIt()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var server = await BreakoutServer.StartAsync(["--Breakout:Idempotency:Retention=00:01:00"], s => s.AddSingleton<TimeProvider>(clock));
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var invitee = server.AcceptedInvitees.First().Id;
        var register = SoapEnvelopes.SessionRegAction(token, "Register", lounge, (invitee, null, null));

        var first = await PostAsync(server, register, "SessionRegAction", "short-lived");
        var retry = await PostAsync(server, register, "SessionRegAction", "short-lived");
        clock.Advance(TimeSpan.FromMinutes(2));
        var purged = await KeysPurgedAsync(server);
        var afterRetention = await PostAsync(server, register, "SessionRegAction", "short-lived");

        Assert.True(purged, "The purge did not remove the expired key.");
        Assert.True(retry.Replayed);
        Assert.Equal(first.Body, retry.Body);
        Assert.False(afterRetention.Replayed);
        Assert.Equal("CV90105", Assert.Single(ItemResult.Parse(XDocument.Parse(afterRetention.Text))).ErrorCode); // it ran again: already registered
    }

    [Fact]
    public async Task ReadsLoginAndDryRuns_WithAKey_AreNotKept_SoTheKeyStaysFreeForTheWrite()
    {
        await using var server = await BreakoutServer.StartAsync();
        var login = await PostAsync(server, SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password), "Login", "shared");
        var token = (string)XDocument.Parse(login.Text).Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;
        var lounge = server.Session("NET").Id;
        var register = SoapEnvelopes.SessionRegAction(token, "Register", lounge, (server.AcceptedInvitees.First().Id, null, null));

        var read = await PostAsync(server, SoapEnvelopes.WithHeader(token, ObjectCalls.Retrieve("Session", lounge)), "Retrieve", "shared");
        var readAgain = await PostAsync(server, SoapEnvelopes.WithHeader(token, ObjectCalls.Retrieve("Session", lounge)), "Retrieve", "shared");
        var dry = await PostAsync(server, register, "SessionRegAction", "shared", dryRun: "true");
        var real = await PostAsync(server, register, "SessionRegAction", "shared");
        var retry = await PostAsync(server, register, "SessionRegAction", "shared");

        Assert.Equal((200, 200, 200), (login.Status, read.Status, readAgain.Status));
        Assert.False(read.Replayed || readAgain.Replayed || dry.Replayed || real.Replayed);
        Assert.Equal(dry.Body, real.Body);
        Assert.True(retry.Replayed);
        Assert.Single(await RegistrationsAsync(server, lounge));
    }

    [Fact]
    public async Task MalformedKey_IsRefusedWithCV10001_AndRunsNothing()
    {
        await using var server = await BreakoutServer.StartAsync();
        var token = await server.LoginAsync();
        var lounge = server.Session("NET").Id;
        var register = SoapEnvelopes.SessionRegAction(token, "Register", lounge, (server.AcceptedInvitees.First().Id, null, null));

        var tooLong = await PostAsync(server, register, "SessionRegAction", new string('k', 256));
        var longest = await PostAsync(server, register, "SessionRegAction", new string('k', 255));

        Assert.Equal((500, "CV10001"), (tooLong.Status, tooLong.Soap.FaultCode));
        Assert.Contains("Idempotency-Key", tooLong.Text, StringComparison.Ordinal);
        Assert.True(Assert.Single(ItemResult.Parse(XDocument.Parse(longest.Text))).Success);
    }

    private static Task<RawReply> PostAsync(BreakoutServer server, string envelope, string operation, string? key, string? dryRun = null) =>
        RawSoapPost.PostAsync(server.Client, server.Endpoint, envelope, operation, key, dryRun, Ct);

    private static async Task<List<RegistrationRow>> RegistrationsAsync(BreakoutServer server, string sessionId)
    {
        var store = server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(server.Manifest.AccountNumber, Ct))!;
        return await store.ExportRegistrationsAsync(account.Key, Ct).Where(r => r.SessionId == sessionId).ToListAsync(Ct);
    }

    /// <summary>Waits (bounded) for the host's purge, which runs every second, to leave no key in the database.</summary>
    private static async Task<bool> KeysPurgedAsync(BreakoutServer server)
    {
        await using var connection = new SqliteConnection($"Data Source={server.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM idempotency_keys";
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if ((long)(await count.ExecuteScalarAsync(Ct))! == 0)
            {
                return true;
            }

            await Task.Delay(100, Ct);
        }

        return false;
    }
}
