using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Breakout.Host;

/// <summary>
/// <c>/health/live</c> (the process answers), <c>/health/ready</c> (it can serve: see <see cref="StoreHealthCheck"/>)
/// and <c>/health</c>, an alias of ready. Short JSON bodies; 200 when healthy, 503 when not.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void AddBreakoutHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<StoreHealthCheck>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [ReadyTag]);
    }

    public static void MapBreakoutHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync };
        app.MapHealthChecks("/health/ready", ready);
        app.MapHealthChecks("/health", ready);
    }

    /// <summary><c>{"status":"Unhealthy","checks":{"database":"The database cannot be read."}}</c>.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
        };
        if (report.Entries.Count > 0)
        {
            body["checks"] = report.Entries.ToDictionary(e => e.Key, e => e.Value.Description ?? e.Value.Status.ToString());
        }

        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
