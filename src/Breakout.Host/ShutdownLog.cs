namespace Breakout.Host;

/// <summary>
/// Says what a graceful stop does, as it does it. On SIGTERM the host stops accepting connections, lets every request
/// it has already received finish and answer (at most <see cref="BreakoutSettings.ShutdownDrainSeconds"/>), then
/// disposes the store, which commits what its writer still holds, and the process exits 0.
/// </summary>
internal static class ShutdownLog
{
    public static void Register(WebApplication app, BreakoutSettings settings)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Breakout.Host.Shutdown");
        app.Lifetime.ApplicationStopping.Register(() => logger.LogInformation(
            "Stopping: no new connections; finishing the requests in flight (at most {DrainSeconds} s).", settings.ShutdownDrainSeconds));
        app.Lifetime.ApplicationStopped.Register(() => logger.LogInformation("Requests drained; flushing the database writer."));
    }
}
