using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Breakout.Storage.Sql;

/// <summary>
/// Calls with an <c>Idempotency-Key</c> (docs/idempotency.md). A call that writes runs as one request of its own on a
/// writer: the key is claimed, the whole call runs on that transaction (<see cref="CallTransaction"/>), including the
/// rendering of its response, and the response is kept in the same transaction. A crash therefore leaves either the
/// effects and the response, or neither.
/// </summary>
public abstract partial class SqlStore
{
    /// <summary>Calls of this node running per account and key, so that a retry on this node waits for the first.</summary>
    private readonly ConcurrentDictionary<(long Account, string Key), Task> idempotentCallsRunning = new();

    public async Task<IdempotentOutcome> RunIdempotentAsync(
        IdempotentCall call, Func<CancellationToken, Task<StoredResponse>> execute, CancellationToken cancellationToken = default)
    {
        var running = (call.AccountKey, call.Key);
        var waitUntil = Time.GetTimestamp() + (long)(call.Wait.TotalSeconds * Time.TimestampFrequency);
        while (true)
        {
            if (await FindIdempotentResponseAsync(call, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            var mine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var first = idempotentCallsRunning.GetOrAdd(running, mine.Task);
            if (first != mine.Task)
            {
                var left = Time.GetElapsedTime(Time.GetTimestamp(), waitUntil);
                if (left <= TimeSpan.Zero || !await FinishesWithinAsync(first, left, cancellationToken))
                {
                    return new IdempotentOutcome(IdempotentResult.InProgress);
                }

                continue;
            }

            try
            {
                return await ExecuteIdempotentAsync(call, execute, cancellationToken);
            }
            finally
            {
                idempotentCallsRunning.TryRemove(KeyValuePair.Create(running, mine.Task));
                mine.SetResult();
            }
        }
    }

    public async Task<int> PurgeIdempotencyKeysAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        // A read first: most seconds nothing has expired, and a write would cost every node a commit.
        var any = await ReadAsync((s, ct) => s.Command("SELECT 1 FROM idempotency_keys WHERE expires_at <= @t LIMIT 1").With("@t", now).ScalarInt64Async(ct),
            cancellationToken);
        return any is null ? 0 : await WriteAsync((s, ct) => s.Command("DELETE FROM idempotency_keys WHERE expires_at <= @t").With("@t", now).ExecuteNonQueryAsync(ct),
            cancellationToken);
    }

    /// <summary>Bounds how long the next statements wait for a row lock (null: back to the default). SQLite's one writer never waits.</summary>
    protected virtual Task SetLockTimeoutAsync(SqlSession session, TimeSpan? timeout, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether <paramref name="exception"/> is the end of a wait bounded by <see cref="SetLockTimeoutAsync"/>.</summary>
    protected virtual bool IsLockTimeout(Exception exception) => false;

    private static async Task<bool> FinishesWithinAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Probes the call first: a call that does not write (a read) is answered as it is, and nothing is kept. One that
    /// writes stops at its first write, before changing anything, and runs again from the start on a writer.
    /// </summary>
    private async Task<IdempotentOutcome> ExecuteIdempotentAsync(IdempotentCall call, Func<CancellationToken, Task<StoredResponse>> execute, CancellationToken cancellationToken)
    {
        try
        {
            return new IdempotentOutcome(IdempotentResult.Executed, await ProbeAsync());
        }
        catch (CallTransaction.WriteNeededException)
        {
        }

        // The call runs in the request's execution context (its trace, its dry-run flag), not the writer's.
        var context = ExecutionContext.Capture();
        try
        {
            return await Writes.EnqueueAloneAsync(async (s, ct) =>
            {
                if (await ClaimIdempotencyKeyAsync(s, call, ct) is { } earlier)
                {
                    return earlier;
                }

                var response = await RunHeldAsync(s, context, execute);
                await s.Command("UPDATE idempotency_keys SET status = @s, content_type = @c, body = @b WHERE account_pk = @a AND idem_key = @k")
                    .With("@s", response.StatusCode).With("@c", response.ContentType).With("@b", response.Body)
                    .With("@a", call.AccountKey).With("@k", call.Key).ExecuteNonQueryAsync(ct);
                return new IdempotentOutcome(IdempotentResult.Executed, response, Stored: true);
            }, cancellationToken);
        }
        catch (Exception ex) when (IsLockTimeout(ex))
        {
            return new IdempotentOutcome(IdempotentResult.InProgress);
        }

        async Task<StoredResponse> ProbeAsync()
        {
            CallTransaction.BeginProbe();
            return await execute(cancellationToken);
        }
    }

    /// <summary>
    /// Runs the call on the writer's session. Once taken by the writer it runs to the end whatever happens to the
    /// client's connection: a response lost on the way is kept for the retry.
    /// </summary>
    private static Task<StoredResponse> RunHeldAsync(SqlSession session, ExecutionContext? context, Func<CancellationToken, Task<StoredResponse>> execute)
    {
        if (context is null)
        {
            return RunAsync();
        }

        Task<StoredResponse>? running = null;
        ExecutionContext.Run(context, _ => running = RunAsync(), null);
        return running!;

        async Task<StoredResponse> RunAsync()
        {
            CallTransaction.BeginHeld(session);
            return await execute(CancellationToken.None);
        }
    }

    /// <summary>
    /// Claims the key in the writer's transaction; null when claimed, else the outcome of the call that holds it.
    /// On PostgreSQL the insert waits (up to <see cref="IdempotentCall.Wait"/>) while another node's transaction holds
    /// the same key, then finds its committed response. An expired key that the purge has not yet removed is free.
    /// </summary>
    private async Task<IdempotentOutcome?> ClaimIdempotencyKeyAsync(SqlSession s, IdempotentCall call, CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        await s.Command("DELETE FROM idempotency_keys WHERE account_pk = @a AND idem_key = @k AND expires_at <= @t")
            .With("@a", call.AccountKey).With("@k", call.Key).With("@t", UnixTime.ToStored(now)).ExecuteNonQueryAsync(ct);
        await SetLockTimeoutAsync(s, call.Wait, ct);
        var claimed = await s.Command(
                "INSERT INTO idempotency_keys (account_pk, idem_key, request_hash, expires_at) VALUES (@a, @k, @h, @e) ON CONFLICT (account_pk, idem_key) DO NOTHING")
            .With("@a", call.AccountKey).With("@k", call.Key).With("@h", call.RequestHash).With("@e", UnixTime.ToStored(now + call.Retention))
            .ExecuteNonQueryAsync(ct);
        await SetLockTimeoutAsync(s, null, ct);
        return claimed == 1 ? null : await ReadIdempotentResponseAsync(s, call, ct) ?? new IdempotentOutcome(IdempotentResult.InProgress);
    }

    private Task<IdempotentOutcome?> FindIdempotentResponseAsync(IdempotentCall call, CancellationToken cancellationToken) =>
        ReadAsync((s, ct) => ReadIdempotentResponseAsync(s, call, ct), cancellationToken);

    private async Task<IdempotentOutcome?> ReadIdempotentResponseAsync(SqlSession s, IdempotentCall call, CancellationToken ct)
    {
        await using var reader = await s.Command(
                "SELECT request_hash, status, content_type, body FROM idempotency_keys " +
                "WHERE account_pk = @a AND idem_key = @k AND expires_at > @t AND body IS NOT NULL")
            .With("@a", call.AccountKey).With("@k", call.Key).With("@t", Now).ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var hash = (byte[])reader.GetValue(0);
        return CryptographicOperations.FixedTimeEquals(hash, call.RequestHash)
            ? new IdempotentOutcome(IdempotentResult.Replayed, new StoredResponse(reader.GetInt32(1), reader.GetString(2), (byte[])reader.GetValue(3)))
            : new IdempotentOutcome(IdempotentResult.KeyReused);
    }
}
