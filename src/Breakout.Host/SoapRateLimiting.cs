using System.Globalization;
using System.Threading.RateLimiting;
using Breakout.Domain;
using Breakout.Soap;
using Microsoft.AspNetCore.RateLimiting;

namespace Breakout.Host;

/// <summary>
/// The per-client request limit on the SOAP route: a fixed window per remote address, answered with the
/// <c>BO10004 RATE_LIMITED</c> fault and HTTP 429 (distinct from Cvent's daily quota fault CV30100). A limit meant
/// for a cluster is shared out: each of its nodes allows its part (<see cref="BreakoutSettings.RateLimitPermitsPerNode"/>).
/// </summary>
internal static class SoapRateLimiting
{
    public const string Policy = "soap";

    public static void AddSoapRateLimiting(this IServiceCollection services, BreakoutSettings settings)
    {
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => settings.RateLimitPermits <= 0
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.RateLimitPermitsPerNode,
                    Window = TimeSpan.FromSeconds(Math.Max(1, settings.RateLimitWindowSeconds)),
                    QueueLimit = 0,
                }));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var settings = context.RequestServices.GetRequiredService<BreakoutSettings>();
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(settings.RateLimitWindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var fault = new SoapFaultException(CventErrors.RateLimited,
            $"This client sent more than {settings.RateLimitPermitsPerNode} requests in {settings.RateLimitWindowSeconds} s" +
            (settings.RateLimitClusterNodes > 1 ? $" to this node ({settings.RateLimitPermits} to the cluster of {settings.RateLimitClusterNodes} nodes)" : "") +
            $"; retry after {seconds} s.",
            httpStatus: StatusCodes.Status429TooManyRequests);
        await SoapRoutes.WriteAsync(context, SoapEndpoint.Fault(SoapRoutes.VersionOf(context.Request), fault, SoapRoutes.EndpointUrl(context.Request, settings.PublicUrl)), cancellationToken);
    }
}
