using Breakout.Storage;

namespace Breakout.Host;

/// <summary>
/// Deletes the <c>Idempotency-Key</c> responses whose retention (<c>Breakout:Idempotency:Retention</c>) has passed,
/// every second of <paramref name="time"/> (a read when nothing has expired). Expired keys are never answered even
/// before they are purged; purging only frees the space.
/// </summary>
internal sealed class IdempotencyKeyPurger(IBreakoutStore store, TimeProvider time, ILogger<IdempotencyKeyPurger> logger) : PeriodicFlusher(time, logger)
{
    protected override string What => "the purge of expired idempotency keys";

    protected override Task FlushCoreAsync(CancellationToken cancellationToken) => store.PurgeIdempotencyKeysAsync(cancellationToken);
}
