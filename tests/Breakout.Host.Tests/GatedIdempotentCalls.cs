using Breakout.Storage;

namespace Breakout.Host.Tests;

/// <summary>
/// The store's idempotent calls, with the first call held inside the store (its key is running) until the test lets
/// it go: a deterministic "first call still running" for the retry that follows.
/// </summary>
internal sealed class GatedIdempotentCalls(IIdempotentCalls store) : IIdempotentCalls
{
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int calls;

    /// <summary>Completes once the first call runs inside the store, with its key claimed as running.</summary>
    public Task Started => started.Task;

    /// <summary>Lets the held call go on.</summary>
    public void Release() => released.TrySetResult();

    public Task<IdempotentOutcome> RunIdempotentAsync(IdempotentCall call, Func<CancellationToken, Task<StoredResponse>> execute, CancellationToken cancellationToken = default) =>
        Interlocked.Increment(ref calls) == 1
            ? store.RunIdempotentAsync(call, async ct =>
            {
                if (started.TrySetResult())
                {
                    await released.Task.WaitAsync(ct);
                }

                return await execute(ct);
            }, cancellationToken)
            : store.RunIdempotentAsync(call, execute, cancellationToken);

    public Task<int> PurgeIdempotencyKeysAsync(CancellationToken cancellationToken = default) => store.PurgeIdempotencyKeysAsync(cancellationToken);
}
