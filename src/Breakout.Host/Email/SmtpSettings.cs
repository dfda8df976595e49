namespace Breakout.Host.Email;

/// <summary>
/// The <c>Breakout:Smtp</c> section: the relay SendEmail's outbox is delivered through. Without <see cref="Host"/> no
/// sender runs and messages stay queued (listed by <c>breakout outbox list</c>).
/// </summary>
public sealed class SmtpSettings
{
    /// <summary>The relay's host name or address; empty (the default) turns delivery off.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>Log in with these credentials (after STARTTLS when it is on); none when empty. Never logged.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Require STARTTLS (the connection fails, and is retried, when the relay does not offer it).</summary>
    public bool StartTls { get; set; }

    /// <summary>The sender of every message, also EventEmailHistory's <c>FromEmailAddress</c>.</summary>
    public string From { get; set; } = "breakout@localhost";

    /// <summary>Attempts per message before it is marked Failed (a relay's permanent 5xx refusal fails it at once).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the second attempt; each later one waits twice as long, up to <see cref="RetryMaxSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How often an idle sender looks for due messages.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>Timeout of each SMTP command.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// How long a node holds the messages it claimed; a message whose node died is claimable again after it. Longer
    /// than a batch takes to send.
    /// </summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>Messages claimed at once.</summary>
    public int BatchSize { get; set; } = 20;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Stops the host at start on settings no message could go out with (a bad sender, port or attempt count).</summary>
    public void Check()
    {
        if (!MimeKit.MailboxAddress.TryParse(From, out var sender) || string.IsNullOrEmpty(sender.Address) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new HostStartException($"Breakout:Smtp:From '{From}' is not an e-mail address (for example events@example.com or \"Events <events@example.com>\").");
        }

        if (Enabled && Port is < 1 or > 65535)
        {
            throw new HostStartException($"Breakout:Smtp:Port {Port} is not a TCP port (1 to 65535).");
        }

        if (Enabled && (MaxAttempts < 1 || BatchSize < 1 || LeaseSeconds < 1 || TimeoutSeconds < 1))
        {
            throw new HostStartException("Breakout:Smtp:MaxAttempts, BatchSize, LeaseSeconds and TimeoutSeconds must be at least 1.");
        }
    }

    /// <summary>The wait after attempt number <paramref name="attempt"/> (1 for the first) failed.</summary>
    public TimeSpan RetryDelay(int attempt) => Backoff.After(attempt, RetryBaseSeconds, RetryMaxSeconds);
}
