namespace Breakout.Host;

/// <summary>Capped exponential backoff, for the background senders that retry (e-mail, webhooks).</summary>
internal static class Backoff
{
    /// <summary>
    /// The wait after attempt number <paramref name="attempt"/> (1 for the first) failed: <paramref name="baseSeconds"/>,
    /// doubled for each further attempt, never more than <paramref name="maxSeconds"/>. The exponent stops growing at 30
    /// (2³⁰ times the base is past any sensible cap), so a long run of failures cannot overflow to infinity.
    /// </summary>
    public static TimeSpan After(int attempt, double baseSeconds, double maxSeconds) =>
        TimeSpan.FromSeconds(Math.Min(maxSeconds, baseSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30))));
}
