using Breakout.Domain.Email;
using Breakout.Host.Tests.FirstRun;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Host.Tests.Email;

/// <summary>
/// The outbox delivered through a relay: a local SMTP sink (python3-aiosmtpd) on loopback, started by each test. The
/// host polls every 50 ms and retries after 0.1 s, 0.2 s, … so that retries happen within the test.
/// </summary>
public sealed class SmtpRelayTests
{
    private static async Task<(BreakoutServer Server, string Token)> StartAsync(int port, int maxAttempts = 50, string[]? extra = null, LogRecorder? logs = null)
    {
        var server = await BreakoutServer.StartAsync(
            [
                "--Breakout:Smtp:Host=127.0.0.1", $"--Breakout:Smtp:Port={port}", "--Breakout:Smtp:From=Events Team <planner@example.com>", "--Breakout:Smtp:PollSeconds=0.05",
                "--Breakout:Smtp:RetryBaseSeconds=0.1", "--Breakout:Smtp:RetryMaxSeconds=0.5", $"--Breakout:Smtp:MaxAttempts={maxAttempts}", "--Logging:LogLevel:Default=Information",
                .. extra ?? [],
            ],
            logs is null ? null : s => s.AddSingleton<ILoggerProvider>(logs));
        return (server, await server.LoginAsync());
    }

    [Fact]
    public async Task Relay_ReceivesEachMessage_WithTheInviteeAsRecipient_AndTheTemplatesSubject()
    {
        var port = SmtpSink.FreePort();
        await using var sink = await SmtpSink.StartAsync(port);
        var (server, token) = await StartAsync(port);
        await using var _ = server;
        var invitees = server.AcceptedInvitees.Take(2).ToArray();

        var results = SendEmailCalls.Results(await server.SendAsync(token,
            SendEmailCalls.Body("Event", server.Conference.Id, "EventReminder", false, null, [.. invitees.Select(i => (i.Id, (string?)null))])));
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).All(m => m.Status == OutboxStatus.Sent), "both messages sent");

        Assert.All(results, r => Assert.True(r.Success));
        var outbox = await server.OutboxAsync();
        var received = sink.Received;
        Assert.Equal(outbox.Select(m => m.ToAddress).Order(StringComparer.Ordinal), received.SelectMany(m => m.RcptTos).Order(StringComparer.Ordinal));
        Assert.All(received, m => Assert.Equal(($"Reminder: {server.Conference.Title}", "planner@example.com", "Events Team <planner@example.com>"), (m.Subject, m.MailFrom, m.From)));
        var first = received.Single(m => m.RcptTos.Single() == outbox.Single(o => o.InviteeId == invitees[0].Id).ToAddress);
        Assert.Contains(invitees[0].ConfirmationNumber, first.Body, StringComparison.Ordinal);
        Assert.All(outbox, m => Assert.Equal((1, (string?)null), (m.Attempts, m.LastError)));
        var history = Assert.Single(ObjectCalls.Objects(await server.CallAsync(token, "Retrieve", ObjectCalls.Retrieve("EventEmailHistory", outbox[0].Id))));
        Assert.Equal("Sent", (string?)history.Attribute("EmailStatus"));
        Assert.False(string.IsNullOrEmpty((string?)history.Attribute("EmailSentDate")));
    }

    [Fact]
    public async Task Relay_RefusingWith451_IsRetried_AndTheOutboxShowsTheAttempts()
    {
        var port = SmtpSink.FreePort();
        await using var sink = await SmtpSink.StartAsync(port, refusals: 2);
        var (server, token) = await StartAsync(port);
        await using var _ = server;

        Assert.True(Assert.Single(SendEmailCalls.Results(await server.SendAsync(token,
            SendEmailCalls.Body("Event", server.Conference.Id, "CustomEmail", false, "Room change", (server.AcceptedInvitees.First().Id, "r1"))))).Success);
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).Single().Status != OutboxStatus.Queued, "the message sent");

        var mail = Assert.Single(await server.OutboxAsync());
        Assert.Equal((OutboxStatus.Sent, 3), (mail.Status, mail.Attempts));
        Assert.StartsWith("451 ", mail.LastError, StringComparison.Ordinal);
        Assert.Equal("Room change", Assert.Single(sink.Received).Subject);
    }

    [Fact]
    public async Task Relay_Down_KeepsMailQueued_ThenDeliversIt_OnceTheRelayStarts()
    {
        var port = SmtpSink.FreePort();
        SmtpSink.Require();
        var (server, token) = await StartAsync(port);
        await using var _ = server;

        Assert.True(Assert.Single(SendEmailCalls.Results(await server.SendAsync(token,
            SendEmailCalls.Body("Event", server.Conference.Id, "Invitation", false, null, (server.AcceptedInvitees.First().Id, null))))).Success);
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).Single().Attempts >= 2, "two failed attempts");
        var waiting = Assert.Single(await server.OutboxAsync());
        Assert.Equal(OutboxStatus.Queued, waiting.Status);
        Assert.Contains("127.0.0.1", waiting.LastError, StringComparison.Ordinal);
        Assert.NotNull(waiting.NextAttemptAt);

        await using var sink = await SmtpSink.StartAsync(port);
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).Single().Status == OutboxStatus.Sent, "the message sent");

        Assert.Equal($"You are invited: {server.Conference.Title}", Assert.Single(sink.Received).Subject);
    }

    [Fact]
    public async Task Relay_DownForEveryAttempt_MarksTheMessageFailed_WithItsReason()
    {
        var port = SmtpSink.FreePort();
        SmtpSink.Require();
        var (server, token) = await StartAsync(port, maxAttempts: 2);
        await using var _ = server;

        Assert.True(Assert.Single(SendEmailCalls.Results(await server.SendAsync(token,
            SendEmailCalls.Body("Event", server.Conference.Id, "Invitation", false, null, (server.AcceptedInvitees.First().Id, null))))).Success);
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).Single().Status == OutboxStatus.Failed, "the message failed");

        var failed = Assert.Single(await server.OutboxAsync());
        Assert.Equal(2, failed.Attempts);
        Assert.StartsWith("gave up after 2 attempts: cannot connect to 127.0.0.1", failed.LastError, StringComparison.Ordinal);
        var history = Assert.Single(ObjectCalls.Objects(await server.CallAsync(token, "Retrieve", ObjectCalls.Retrieve("EventEmailHistory", failed.Id))));
        Assert.Equal("Failed", (string?)history.Attribute("EmailStatus"));
        Assert.True(Assert.Single(SendEmailCalls.Results(await server.SendAsync(token,
            SendEmailCalls.Body("Event", server.Conference.Id, "Invitation", false, null, (server.AcceptedInvitees.First().Id, null))))).Success);
    }

    [Fact]
    public async Task Relay_WithStartTlsRequired_ButNotOffered_SendsNothing_AndFailsWithTheReason()
    {
        var port = SmtpSink.FreePort();
        await using var sink = await SmtpSink.StartAsync(port);
        var (server, token) = await StartAsync(port, maxAttempts: 1, extra: ["--Breakout:Smtp:StartTls=true"]);
        await using var _ = server;

        await SendInvitationAsync(server, token);
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).Single().Status == OutboxStatus.Failed, "the message failed");

        Assert.Contains("STARTTLS", Assert.Single(await server.OutboxAsync()).LastError, StringComparison.Ordinal);
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task Relay_Credentials_AreUsed_ButNeverLogged()
    {
        const string password = "Sm7p-s3cret-Pa55";
        var logs = new LogRecorder();
        var port = SmtpSink.FreePort();
        await using var sink = await SmtpSink.StartAsync(port);
        var (server, token) = await StartAsync(port, maxAttempts: 1, extra: ["--Breakout:Smtp:UserName=relay-user", $"--Breakout:Smtp:Password={password}"], logs: logs);
        await using var _ = server;

        await SendInvitationAsync(server, token);
        await SendEmailCalls.WaitUntilAsync(async () => (await server.OutboxAsync()).Single().Status == OutboxStatus.Failed, "the message failed");

        // The sink offers no AUTH: the login is attempted, fails, and the message with it.
        Assert.Contains("authentication", Assert.Single(await server.OutboxAsync()).LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(logs.Entries, e => e.Contains("E-mail outbox: delivering through 127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("failed", StringComparison.Ordinal) && e.Contains("E-mail", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => e.Contains(password, StringComparison.Ordinal));
        Assert.Empty(sink.Received);
    }

    private static async Task SendInvitationAsync(BreakoutServer server, string token) =>
        Assert.True(Assert.Single(SendEmailCalls.Results(await server.SendAsync(token,
            SendEmailCalls.Body("Event", server.Conference.Id, "Invitation", false, null, (server.AcceptedInvitees.First().Id, null))))).Success);

    [Theory]
    [InlineData("--Breakout:Smtp:From=not an address", "Breakout:Smtp:From")]
    [InlineData("--Breakout:Smtp:Port=0", "Breakout:Smtp:Port")]
    public async Task BadRelaySettings_StopTheHostAtStart_NamingTheSetting(string setting, string named)
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var error = await Assert.ThrowsAsync<HostStartException>(
                () => BreakoutServer.StartAsync(["--Breakout:Smtp:Host=127.0.0.1", setting], directory: directory));

            Assert.Contains(named, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task TwoNodesOnOnePostgres_DeliverEveryMessageExactlyOnce()
    {
        var (database, skip) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skip!);
        }

        try
        {
            await DeliverOnTwoNodesAsync(database.ConnectionString);
        }
        finally
        {
            // The hosts' pooled connections would keep the database from being dropped.
            Npgsql.NpgsqlConnection.ClearAllPools();
            await database.DisposeAsync();
        }
    }

    private static async Task DeliverOnTwoNodesAsync(string connectionString)
    {
        var port = SmtpSink.FreePort();
        await using var sink = await SmtpSink.StartAsync(port);
        string[] shared = ["--postgres", connectionString, "--Breakout:Smtp:BatchSize=3"];
        var (nodeA, tokenA) = await StartAsync(port, extra: shared);
        await using var a = nodeA;
        var (nodeB, tokenB) = await StartAsync(port, extra: shared);
        await using var b = nodeB;
        var invitees = nodeA.Conference.Invitees.Take(60).Select(i => (i.Id, (string?)null)).ToArray();

        var sentByA = SendEmailCalls.Results(await nodeA.SendAsync(tokenA, SendEmailCalls.Body("Event", nodeA.Conference.Id, "EventReminder", false, null, invitees)));
        var sentByB = SendEmailCalls.Results(await nodeB.SendAsync(tokenB, SendEmailCalls.Body("Event", nodeB.Conference.Id, "PostEventFollowUp", false, null, invitees)));
        var queued = sentByA.Count(r => r.Success) + sentByB.Count(r => r.Success);
        await SendEmailCalls.WaitUntilAsync(async () => (await nodeA.OutboxAsync()).All(m => m.Status == OutboxStatus.Sent), "every message sent");

        Assert.True(queued > 20, $"{queued} messages");
        var outbox = await nodeA.OutboxAsync();
        Assert.Equal(queued, outbox.Count);
        Assert.All(outbox, m => Assert.Equal(1, m.Attempts));
        var received = sink.Received;
        Assert.Equal(queued, received.Count);
        Assert.Equal(outbox.Select(m => $"<{m.Id}@breakout>").Order(StringComparer.Ordinal), received.Select(m => m.MessageId).Order(StringComparer.Ordinal));
    }
}
