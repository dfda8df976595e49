using Breakout.Domain.Email;
using Breakout.Storage;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Breakout.Host.Email;

/// <summary>
/// Delivers SendEmail's outbox through the configured SMTP relay. Each round claims due messages under a lease (two
/// nodes on one database never hold the same message), sends them on one connection, and records each outcome:
/// Sent; Queued again after an exponential backoff (4xx answers, connection and TLS failures); or Failed, with the
/// reason, after <see cref="SmtpSettings.MaxAttempts"/> attempts or at a permanent 5xx refusal. A message is never
/// dropped: a node that dies mid-send leaves its lease to run out, and another node sends the message again (at least
/// once, never silently lost). Credentials are never logged.
/// </summary>
internal sealed partial class OutboxSender(IBreakoutStore store, BreakoutSettings settings, TimeProvider time, ILogger<OutboxSender> logger) : BackgroundService
{
    private readonly SmtpSettings smtp = settings.Smtp;

    /// <summary>This process's name in leases (<see cref="LeaseNode"/>).</summary>
    private readonly string node = LeaseNode.NewName();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        LogStarted(logger, smtp.Host!, smtp.Port, smtp.StartTls);
        var idle = TimeSpan.FromSeconds(Math.Max(0.01, smtp.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SendDueAsync(stoppingToken) == 0)
                {
                    await Task.Delay(idle, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is unreachable, for example: the messages stay queued; the next round tries again.
                LogRoundFailed(logger, ex);
                try
                {
                    await Task.Delay(idle, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One round: claims due messages and attempts each; returns how many were claimed.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimOutboxAsync(node, Math.Max(1, smtp.BatchSize), TimeSpan.FromSeconds(smtp.LeaseSeconds), cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        SmtpClient? client = null;
        try
        {
            foreach (var message in claimed)
            {
                OutboxAttempt outcome;
                try
                {
                    client ??= await ConnectAsync(cancellationToken);
                    await client.SendAsync(Compose(message), cancellationToken);
                    outcome = new OutboxAttempt(OutboxStatus.Sent);
                    LogSent(logger, message.Id, message.Attempt);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    outcome = Failure(message, ex);
                    if (ex is not SmtpCommandException)
                    {
                        // The connection itself failed (or never opened): open a new one for the next message.
                        client?.Dispose();
                        client = null;
                    }
                }

                await store.RecordAttemptAsync(message.Key, node, outcome, CancellationToken.None);
            }
        }
        finally
        {
            if (client is not null)
            {
                await DisconnectQuietlyAsync(client);
            }
        }

        return claimed.Count;
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(smtp.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private MimeMessage Compose(OutboxMessage message)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Body = new TextPart("plain") { Text = message.Body },
            // The outbox ID (the EventEmailHistory ID) names the message, so a resend after a lost lease is recognisable.
            MessageId = $"{message.Id}@breakout",
        };
        // The configured sender's display name, when the message was queued with its address (by any node).
        mime.From.Add(MailboxAddress.TryParse(smtp.From, out var configured) && string.Equals(configured.Address, message.FromAddress, StringComparison.OrdinalIgnoreCase)
            ? configured
            : MailboxAddress.Parse(message.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        return mime;
    }

    /// <summary>What a failed attempt leaves: Failed for good (permanent refusal, or no attempt left), or Queued for later.</summary>
    private OutboxAttempt Failure(OutboxMessage message, Exception ex)
    {
        var permanent = ex is SmtpCommandException { StatusCode: var code } && (int)code >= 500;
        var reason = ex switch
        {
            SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
            ServiceNotConnectedException or SmtpProtocolException or SslHandshakeException or AuthenticationException => ex.Message,
            System.Net.Sockets.SocketException socket => $"cannot connect to {smtp.Host}:{smtp.Port}: {socket.Message}",
            _ => $"{ex.GetType().Name}: {ex.Message}",
        };
        if (permanent || message.Attempt >= smtp.MaxAttempts)
        {
            var why = permanent ? $"refused by the relay: {reason}" : $"gave up after {message.Attempt} attempts: {reason}";
            LogFailed(logger, message.Id, why);
            return new OutboxAttempt(OutboxStatus.Failed, why);
        }

        var next = time.GetUtcNow() + smtp.RetryDelay(message.Attempt);
        LogRetry(logger, message.Id, message.Attempt, reason, next);
        return new OutboxAttempt(OutboxStatus.Queued, reason, next);
    }

    private static async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or ServiceNotConnectedException)
        {
            // The messages are recorded already; a failing QUIT changes nothing.
        }
        finally
        {
            client.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail outbox: delivering through {Host}:{Port} (STARTTLS {StartTls})")]
    private static partial void LogStarted(ILogger logger, string host, int port, bool startTls);

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail {Id} accepted by the relay (attempt {Attempt})")]
    private static partial void LogSent(ILogger logger, string id, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail {Id}: attempt {Attempt} failed ({Reason}); next attempt at {Next:O}")]
    private static partial void LogRetry(ILogger logger, string id, int attempt, string reason, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "E-mail {Id} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "E-mail outbox round failed; the messages stay queued")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
