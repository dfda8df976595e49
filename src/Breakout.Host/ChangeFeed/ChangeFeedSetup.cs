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

        return services;
    }
}
