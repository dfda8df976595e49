namespace Breakout.Host;

/// <summary>The <c>Breakout</c> configuration section (appsettings.json, <c>Breakout__*</c> environment variables).</summary>
public sealed class BreakoutSettings
{
    /// <summary>API calls per account and day (0, the default, turns the quota off; 10000 reproduces Cvent).</summary>
    public long DailyApiCallLimit { get; set; }

    /// <summary>The time zone whose midnight starts a new quota day (IANA name; Cvent uses US Eastern).</summary>
    public string QuotaTimeZone { get; set; } = "America/New_York";

    /// <summary>Most IDs one Search returns (Cvent: 25,000); DescribeGlobal reports it as MaxRecordSet.</summary>
    public int MaxSearchResults { get; set; } = Domain.Objects.CvObjectLimits.DefaultMaxSearchResults;

    /// <summary>Most IDs one GetUpdated or GetDeleted returns (Cvent: 10,000).</summary>
    public int MaxUpdatedResults { get; set; } = Domain.Objects.CvObjectLimits.DefaultMaxUpdatedResults;

    /// <summary>GetUpdated/GetDeleted ignore the seconds of their window (Cvent's rounding); false keeps them.</summary>
    public bool GetUpdatedMinuteRounding { get; set; } = true;

    /// <summary>
    /// An extra JSON configuration file read after appsettings.json (the <c>--config FILE</c> flag wins); relative to
    /// the working directory. Only the environment or the command line can name it.
    /// </summary>
    public string? ConfigFile { get; set; }

    /// <summary>SQLite database file (default <c>data/breakout.db</c>), relative to the working directory.</summary>
    public string Database { get; set; } = Breakout.Admin.StoreOptions.DefaultSqlitePath;

    /// <summary>PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>SQLite <c>PRAGMA synchronous</c>: FULL (default) or NORMAL.</summary>
    public string SqliteSynchronous { get; set; } = "FULL";

    /// <summary>Absolute endpoint URL announced in Login's ServerURL (default: the URL the client used).</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Proxies whose X-Forwarded-* headers are believed: IPs and CIDRs, or "none" (default: loopback; see ProxyHeaders).</summary>
    public string? TrustedProxies { get; set; }

    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    public int MaxFailedLogins { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 30;

    public int TokenLifetimeMinutes { get; set; } = 60;

    /// <summary>Time a client has to send all request headers (Kestrel's default, 30 s); stops header slow-drip.</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 30;

    /// <summary>How long an idle keep-alive connection stays open (default 120 s).</summary>
    public int KeepAliveTimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// Slowest accepted request body, in bytes per second after <see cref="MinRequestBodyGraceSeconds"/>
    /// (Kestrel's defaults, 240 B/s after 5 s); 0 turns the check off. Stops body slow-drip.
    /// </summary>
    public int MinRequestBodyBytesPerSecond { get; set; } = 240;

    public int MinRequestBodyGraceSeconds { get; set; } = 5;

    /// <summary>
    /// Requests one client address may make per <see cref="RateLimitWindowSeconds"/> (fixed window); 0 (the
    /// default) turns the limit off. Behind a trusted proxy (<see cref="TrustedProxies"/>) the client it forwards is
    /// counted, not the proxy.
    /// </summary>
    public int RateLimitPermits { get; set; }

    public int RateLimitWindowSeconds { get; set; } = 10;

    /// <summary>
    /// The number of nodes behind the load balancer, when <see cref="RateLimitPermits"/> is meant for the whole
    /// cluster: each node then allows a client <c>ceil(RateLimitPermits / RateLimitClusterNodes)</c> requests per window,
    /// so a balancer that spreads a client's requests over the nodes lets it make about <see cref="RateLimitPermits"/>
    /// in all. 1 (the default): the limit is per node.
    /// </summary>
    public int RateLimitClusterNodes { get; set; } = 1;

    /// <summary>What one node allows a client per window.</summary>
    public int RateLimitPermitsPerNode => (RateLimitPermits + Math.Max(1, RateLimitClusterNodes) - 1) / Math.Max(1, RateLimitClusterNodes);

    /// <summary>
    /// Send <c>Strict-Transport-Security: max-age=63072000; includeSubDomains; preload</c> (Cvent's header) on HTTPS
    /// responses. Off by default: once a browser has seen it, the host name is HTTPS-only for two years.
    /// </summary>
    public bool Hsts { get; set; }

    /// <summary>
    /// On SIGTERM (or Ctrl+C), how long the requests already received may take to finish before their connections
    /// are closed; then the database writer is flushed and the process exits 0.
    /// </summary>
    public int ShutdownDrainSeconds { get; set; } = 30;

    /// <summary>The test double's admin API (<c>Breakout:Admin:*</c>): journal, fault rules, clock, snapshots.</summary>
    public TestDouble.AdminSettings Admin { get; set; } = new(); // test double

    /// <summary>The operator console (<c>Breakout:Console</c>; docs/operations-console.md). // console</summary>
    public OperatorConsole.ConsoleSettings Console { get; set; } = new();

    /// <summary>SendEmail's SMTP relay (<c>Breakout:Smtp</c>; docs/configuration.md); without a host, mail stays in the outbox.</summary>
    public Email.SmtpSettings Smtp { get; set; } = new();
    /// <summary>Safe retries with <c>Idempotency-Key</c> (<c>Breakout:Idempotency</c>; docs/idempotency.md). // #21</summary>
    public Soap.Idempotency.IdempotencyOptions Idempotency { get; set; } = new();
    /// <summary>The change feed and webhooks (<c>Breakout:ChangeFeed</c>; docs/change-feed.md). // #21 change feed</summary>
    public ChangeFeed.ChangeFeedSettings ChangeFeed { get; set; } = new();

    /// <summary>How long the readiness check waits for the database before it reports it unhealthy.</summary>
    public int HealthTimeoutSeconds { get; set; } = 5;
}
