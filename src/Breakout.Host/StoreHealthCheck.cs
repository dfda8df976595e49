using Breakout.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Breakout.Host;

/// <summary>
/// Readiness: the database answers a read, and a transaction through the store's writer commits and finds every
/// schema migration recorded (the writer is the one that serves every change, so a broken writer shows here). The
/// outcome is logged when it changes, not on every probe, and without a stack trace.
/// </summary>
internal sealed class StoreHealthCheck(IBreakoutStore store, BreakoutSettings settings, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public const string Name = "database";

    /// <summary>The host only starts on a migrated store, so the first state is healthy; a failure is the first change.</summary>
    private int lastStatus = (int)HealthStatus.Healthy;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.HealthTimeoutSeconds));
        var step = "The database cannot be read";
        HealthCheckResult result;
        string? reason = null;
        try
        {
            await store.IsEmptyAsync(timeout.Token).WaitAsync(timeout.Token);
            step = "The database writer cannot commit";
            // Applies nothing on a store that is up to date: a write transaction that only reads schema_migrations.
            await store.MigrateAsync(timeout.Token).WaitAsync(timeout.Token);
            result = HealthCheckResult.Healthy("The database answers and its writer commits.");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            reason = $"no answer within {settings.HealthTimeoutSeconds} s";
            result = HealthCheckResult.Unhealthy($"{step}: {reason}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            reason = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
            result = HealthCheckResult.Unhealthy($"{step}.");
        }

        if (Interlocked.Exchange(ref lastStatus, (int)result.Status) != (int)result.Status)
        {
            if (result.Status == HealthStatus.Healthy)
            {
                logger.LogInformation("Ready again: {Description}", result.Description);
            }
            else
            {
                logger.LogError("Not ready: {Description} ({Reason})", result.Description?.TrimEnd('.'), reason);
            }
        }

        return result;
    }
}
