namespace Breakout.Storage;

/// <summary>
/// Safe retries with <c>Idempotency-Key</c> (docs/idempotency.md): a call that writes runs at most once per account and
/// key, and its response is kept in the same transaction as its effects, so a retry answers the stored bytes instead
/// of running again, on any node sharing the database.
/// </summary>
public interface IIdempotentCalls
{
    /// <summary>
    /// Answers the response stored for <paramref name="call"/>'s account and key when there is one (or
    /// <see cref="IdempotentResult.KeyReused"/> when it was stored for another request); otherwise runs
    /// <paramref name="execute"/>. When it writes nothing (a read), its response is answered and not kept. When it
    /// writes, it runs again inside one transaction of the store's writer, in which every store call it makes runs, the
    /// key is claimed and its response kept: the effects and the response commit together or not at all. A failure
    /// of <paramref name="execute"/> (a fault) rolls everything back and keeps nothing. While another call with the same
    /// key runs, waits for it up to <see cref="IdempotentCall.Wait"/>, then answers
    /// <see cref="IdempotentResult.InProgress"/>.
    /// </summary>
    Task<IdempotentOutcome> RunIdempotentAsync(IdempotentCall call, Func<CancellationToken, Task<StoredResponse>> execute, CancellationToken cancellationToken = default);

    /// <summary>Deletes the keys whose retention has passed; answers how many.</summary>
    Task<int> PurgeIdempotencyKeysAsync(CancellationToken cancellationToken = default);
}
