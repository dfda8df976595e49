using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Breakout.Host;

/// <summary>Kestrel's connection limits from <see cref="BreakoutSettings"/>, so slow or idle clients cannot hold connections.</summary>
internal static class KestrelLimits
{
    public static void Apply(KestrelServerLimits limits, BreakoutSettings settings)
    {
        // Headroom over the SOAP limit: the route reads at most MaxRequestBytes + 1 and answers "too large" with a fault
        // itself. Kestrel's own check is only a backstop, and it trips early on chunked bodies (it counts buffered bytes).
        limits.MaxRequestBodySize = settings.MaxRequestBytes + 64L * 1024;
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(settings.RequestHeadersTimeoutSeconds);
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(settings.KeepAliveTimeoutSeconds);
        limits.MinRequestBodyDataRate = settings.MinRequestBodyBytesPerSecond > 0
            ? new MinDataRate(settings.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(settings.MinRequestBodyGraceSeconds))
            : null;
    }
}
