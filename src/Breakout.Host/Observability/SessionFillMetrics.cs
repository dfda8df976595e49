using System.Diagnostics.Metrics;
using Breakout.Storage;

namespace Breakout.Host.Observability;

/// <summary>
/// How full each session is, as gauges (meter <see cref="MeterName"/>): seats taken and capacity, waitlisted and
/// waitlist capacity, per account and session, read from the store (so every node of a cluster reports the same
/// numbers). The numbers are read when metrics are collected, at most once per
/// <see cref="ObservabilitySettings.SessionFillMetricsSeconds"/>: a scrape every few seconds costs one read of the
/// sessions table per period, not per scrape. Unlimited capacities and sessions without a waitlist report no capacity.
/// </summary>
internal sealed class SessionFillMetrics
{
    public const string MeterName = "Breakout.Sessions";

    private readonly IBreakoutStore store;
    private readonly TimeSpan maxAge;
    private readonly ILogger<SessionFillMetrics> logger;
    private readonly Lock refreshing = new();
    private IReadOnlyList<(string Account, SessionFill Fill)> latest = [];
    private long readAt;

    public SessionFillMetrics(IMeterFactory meterFactory, IBreakoutStore store, ObservabilitySettings settings, ILogger<SessionFillMetrics> logger)
    {
        this.store = store;
        this.logger = logger;
        maxAge = TimeSpan.FromSeconds(settings.SessionFillMetricsSeconds);
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("breakout.session.registered", () => Observe(f => f.Registered), "{registrant}", "Seats taken in each session");
        meter.CreateObservableGauge("breakout.session.capacity", () => Observe(f => f.Capacity < 0 ? null : f.Capacity), "{seat}",
            "Seats of each session with a limited capacity");
        meter.CreateObservableGauge("breakout.session.waitlisted", () => Observe(f => f.Waitlisted), "{registrant}", "Registrants on each session's waitlist");
        meter.CreateObservableGauge("breakout.session.waitlist.capacity",
            () => Observe(f => f.EnableWaitlist && f.WaitlistCapacity >= 0 ? f.WaitlistCapacity : null), "{registrant}",
            "Places on the waitlist of each session that has one with a limit");
    }

    private IEnumerable<Measurement<int>> Observe(Func<SessionFill, int?> value)
    {
        foreach (var (account, fill) in Current())
        {
            if (value(fill) is { } measured)
            {
                yield return new Measurement<int>(measured,
                    new KeyValuePair<string, object?>("account", account),
                    new KeyValuePair<string, object?>("event_id", fill.EventId.ToString()),
                    new KeyValuePair<string, object?>("session_id", fill.SessionId.ToString()),
                    new KeyValuePair<string, object?>("session", fill.Code.Length > 0 ? fill.Code : fill.Name));
            }
        }
    }

    /// <summary>The fill read at most <see cref="maxAge"/> ago; read again (blocking the collection) when older.</summary>
    private IReadOnlyList<(string Account, SessionFill Fill)> Current()
    {
        lock (refreshing)
        {
            if (readAt != 0 && System.Diagnostics.Stopwatch.GetElapsedTime(readAt) <= maxAge)
            {
                return latest;
            }

            try
            {
                // Metrics are collected synchronously; the read is short (one indexed query per account).
                latest = ReadAsync().GetAwaiter().GetResult();
                readAt = System.Diagnostics.Stopwatch.GetTimestamp();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                logger.LogWarning(ex, "Session fill metrics could not be read; the last numbers are reported");
            }

            return latest;
        }
    }

    private async Task<IReadOnlyList<(string, SessionFill)>> ReadAsync()
    {
        var all = new List<(string, SessionFill)>();
        foreach (var account in await store.ListAccountsAsync())
        {
            foreach (var fill in await store.SessionFillAsync(account.Account.Key, null) ?? [])
            {
                all.Add((account.Account.AccountNumber, fill));
            }
        }

        return all;
    }
}
