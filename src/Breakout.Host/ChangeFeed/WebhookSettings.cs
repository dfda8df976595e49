namespace Breakout.Host.ChangeFeed;

/// <summary>The <c>Breakout:ChangeFeed:Webhooks</c> section: how this node delivers webhook subscriptions.</summary>
public sealed class WebhookSettings
{
    /// <summary>Deliver subscriptions from this node (several nodes share the work; one delivers a subscription at a time).</summary>
    public bool Deliver { get; set; } = true;

    /// <summary>Allow plain HTTP to other machines than this one (HTTPS only by default; loopback HTTP is always allowed).</summary>
    public bool AllowHttp { get; set; }

    /// <summary>
    /// Failed attempts in a row, on one change, after which a subscription is dead (nothing more is sent until it is
    /// redelivered). With the default backoff, 20 attempts span about 2.4 hours.
    /// </summary>
    public int MaxAttempts { get; set; } = 20;

    /// <summary>Wait before the second attempt; each further one waits twice as long, up to <see cref="MaxBackoffSeconds"/>.</summary>
    public double BackoffSeconds { get; set; } = 5;

    public double MaxBackoffSeconds { get; set; } = 600;

    /// <summary>How long a receiver has to answer an attempt.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>How often this node looks for subscriptions with changes to deliver.</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>
    /// How long a node holds a subscription once it took it: if the node dies, another takes the subscription over
    /// after this time. Must be longer than <see cref="TimeoutSeconds"/>.
    /// </summary>
    public double LeaseSeconds { get; set; } = 60;

    /// <summary>
    /// A certificate file (PEM or DER) trusted for receivers in addition to the system's roots: a receiver with a
    /// self-signed certificate (tests, an internal service).
    /// </summary>
    public string? TrustedCertificateFile { get; set; }
}
