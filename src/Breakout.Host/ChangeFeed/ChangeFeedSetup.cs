using Breakout.Storage;

namespace Breakout.Host.ChangeFeed;

/// <summary>Wiring of the change feed API and webhook delivery (#21; docs/change-feed.md).</summary>
internal static class ChangeFeedSetup
{
    public static IServiceCollection AddChangeFeed(this IServiceCollection services, ChangeFeedSettings settings)
    {
        if (settings.Webhooks.Deliver)
        {
            services.AddHostedService(sp => new WebhookDelivery(
                sp.GetRequiredService<IBreakoutStore>(), settings.Webhooks, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<WebhookDelivery>>()));
        }

        if (settings.Enabled)
        {
            services.AddOpenApi(ChangeFeedEndpoints.DocumentName, openApi =>
                openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.OrdinalIgnoreCase) == true);
        }

        // Feed rows are written whether or not the API is served: they are purged in any case.
        services.AddHostedService(sp => new ChangeFeedPurger(
            sp.GetRequiredService<IBreakoutStore>(), settings.Retention, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ChangeFeedPurger>>()));
        return services;
    }
}
