using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Threading.Channels;

namespace Breakout.Storage.Sql;

/// <summary>
/// Group commit: write requests wait in a queue; a writer takes every request waiting when it is free and runs them
/// in one transaction, then commits once and completes them. A request's task completes only after that commit, so
/// nothing answered is lost, and many requests share one durable commit (one fsync) instead of paying one each.
/// Requests run without savepoints (two statements, and on PostgreSQL two round trips, fewer per request); when one
/// fails, the transaction is undone and the others are run again, each in a savepoint of its own, so that one failing
/// request does not undo the others. When the database aborts the transaction as a whole (a deadlock or
/// serialization failure), the batch is run again from the start.
/// With several writers, work queued with the same affinity (SessionRegAction: its session) always goes to the same
/// writer, so calls on one hot session share that writer's transactions and commits instead of queueing behind each
/// other's row lock, each with a commit of its own; work without affinity goes to whichever writer is free.
/// Work queued with a combine key (SessionRegAction: its account and session) is run together with the other work of
/// that key in the same transaction, in one call of its combined function, so that many calls on one session cost the
/// statements (and round trips) of one; once a transaction runs with savepoints, every request runs alone.
/// Work queued during a <see cref="DryRun"/> runs alone, after the batch it was taken with, in a transaction that is
/// rolled back: it answers what it would have answered and leaves nothing behind. Work queued alone (a call with an
/// <c>Idempotency-Key</c>) runs in a transaction of its own, committed; the writes of a call running there
/// (<see cref="CallTransaction"/>) run on its session instead of being queued.
/// </summary>
public sealed class GroupCommitQueue : IAsyncDisposable
{
    /// <summary>The meter of the store's writers.</summary>
    public const string MeterName = StoreTelemetry.Name;

    /// <summary>
    /// Counts transactions the database aborted as a whole and that were run again, tagged with <c>reason</c> (the
    /// store's name for the failure: PostgreSQL's SQLSTATE, 40P01 for a deadlock) and <c>db.namespace</c> (the database).
    /// </summary>
    public const string RerunsInstrument = "breakout.store.transaction.reruns";

    /// <summary>Connections work is tried on when the connection breaks: the writer's, then one fresh one.</summary>
    private const int ConnectionAttempts = 2;

    private static readonly Counter<long> Reruns = StoreTelemetry.Meter.CreateCounter<long>(RerunsInstrument, "{transaction}",
        "Transactions the database aborted as a whole (deadlock, serialization failure) and that were run again");

    private readonly Func<CancellationToken, Task<SqlSession>> openSession;
    private readonly GroupCommitOptions options;
    private readonly Channel<Request> queue = Channel.CreateUnbounded<Request>();
    private readonly Channel<Request>[] affine;
    private readonly Task[] writers;

    /// <param name="openSession">Opens a connection for a writer (with any per-connection settings) wrapped in a session.</param>
    public GroupCommitQueue(Func<CancellationToken, Task<SqlSession>> openSession, GroupCommitOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Writers, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options));
        this.openSession = openSession;
        this.options = options;
        // One writer takes everything from the shared queue: it needs no queue of its own.
        affine = options.Writers > 1 ? [.. Enumerable.Range(0, options.Writers).Select(_ => Channel.CreateUnbounded<Request>())] : [];
        writers = options.Writers > 1
            ? [.. affine.Select(own => Task.Run(() => RunWriterAsync(own.Reader)))]
            : [Task.Run(() => RunWriterAsync(null))];
    }

    /// <summary>
    /// Queues work; completes with its result once the transaction that ran it has committed. Work with an
    /// <paramref name="affinity"/> runs on the writer that key maps to, in queue order with the key's other work.
    /// </summary>
    public Task<T> EnqueueAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken, int? affinity = null) =>
        CallTransaction.Active is { } call ? call.WriteAsync(work) : Enqueue(new WorkRequest<T>(work, cancellationToken), affinity);

    /// <summary>
    /// Queues work that runs alone in a transaction of its own (a call with an <c>Idempotency-Key</c>, which holds its
    /// transaction for the whole call); completes like <see cref="EnqueueAsync{T}"/>.
    /// </summary>
    public Task<T> EnqueueAloneAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        Enqueue(new WorkRequest<T>(work, cancellationToken) { Alone = true }, null);

    /// <summary>
    /// Queues <paramref name="input"/> for <paramref name="run"/>, which a writer calls with the inputs of every queued
    /// request of the same <paramref name="combineKey"/> (and the same function) taken into one transaction, in queue
    /// order, and which answers one result per input in that order. Completes like <see cref="EnqueueAsync{T}"/>.
    /// </summary>
    public Task<T> EnqueueAsync<TIn, T>(
        TIn input, object combineKey, Func<SqlSession, IReadOnlyList<TIn>, CancellationToken, Task<IReadOnlyList<T>>> run,
        CancellationToken cancellationToken, int? affinity = null) =>
        CallTransaction.Active is { } call
            ? call.WriteAsync(async (session, ct) => (await run(session, [input], ct))[0])
            : Enqueue(new CombinedRequest<TIn, T>(input, combineKey, run, cancellationToken), affinity);

    private Task<T> Enqueue<T>(Request<T> request, int? affinity)
    {
        var channel = affinity is { } key && affine.Length > 0 ? affine[(int)((uint)key % (uint)affine.Length)] : queue;
        if (!channel.Writer.TryWrite(request))
        {
            throw new ObjectDisposedException(nameof(GroupCommitQueue));
        }

        StoreTelemetry.QueueDepth.Add(1); // observability

        return request.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        foreach (var own in affine)
        {
            own.Writer.TryComplete();
        }

        await Task.WhenAll(writers);
    }

    /// <param name="own">The writer's affinity queue, or null when there is one writer.</param>
    private async Task RunWriterAsync(ChannelReader<Request>? own)
    {
        SqlSession? session = null;
        var batch = new List<Request>(options.MaxRequestsPerCommit);
        Task<bool>? ownWait = null, sharedWait = null;
        try
        {
            while (true)
            {
                batch.Clear();
                if (own is not null)
                {
                    Take(own, batch);
                }

                Take(queue.Reader, batch);
                if (batch.Count == 0)
                {
                    // Idle: wait for either queue, reusing a wait still pending from an earlier idle spell (a new
                    // one each time would pile up waiters on the queue that stays quiet); stop once both are
                    // closed and drained.
                    ownWait = Renew(ownWait, own);
                    sharedWait = Renew(sharedWait, queue.Reader);
                    if (ownWait is null && sharedWait is null)
                    {
                        return;
                    }

                    await (ownWait is null ? sharedWait! : sharedWait is null ? ownWait : (Task)Task.WhenAny(ownWait, sharedWait));
                    continue;
                }

                if (batch.Exists(r => r.Dry || r.Alone))
                {
                    var alone = batch.FindAll(r => r.Dry || r.Alone);
                    batch.RemoveAll(r => r.Dry || r.Alone);
                    if (batch.Count > 0)
                    {
                        session = await RunBatchAsync(session, batch);
                    }

                    foreach (var request in alone)
                    {
                        session = request.Dry ? await RunDryAsync(session, request) : await RunBatchAsync(session, [request]);
                    }

                    continue;
                }

                session = await RunBatchAsync(session, batch);
            }
        }
        finally
        {
            if (session is not null)
            {
                await CloseAsync(session);
            }
        }
    }

    /// <summary>
    /// Runs and commits a batch; answers the writer's session to go on with (null when it had to be closed). When the
    /// connection breaks before the commit is sent, nothing was committed: the batch runs again once on a fresh
    /// connection, and fails with <see cref="StoreUnavailableException"/> if that breaks too (the database is
    /// down). When it breaks during the commit, <see cref="CommitAsync"/> finds out the outcome first.
    /// </summary>
    private async Task<SqlSession?> RunBatchAsync(SqlSession? session, List<Request> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                session ??= await openSession(CancellationToken.None);
                await CommitAsync(session, batch);
                if (session.Connection.State != System.Data.ConnectionState.Open)
                {
                    // Committed, but the answer was lost with the connection (CommitAsync found the outcome out).
                    await CloseAsync(session);
                    options.ConnectionBroken?.Invoke();
                    return null;
                }

                return session;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A connection whose work failed for any other reason is replaced too: its state is not known.
                (session, var broken) = await AfterFailureAsync(session, ex, closeAnyway: true);
                batch = [.. batch.Where(r => !r.IsAnswered)];
                if (!broken || ex is CommitOutcomeUnknownException)
                {
                    batch.ForEach(r => r.Fail(ex));
                    return null;
                }

                if (attempt >= ConnectionAttempts)
                {
                    var unavailable = Unavailable(ex);
                    batch.ForEach(r => r.Fail(unavailable));
                    return null;
                }
            }
        }
    }

    /// <summary>
    /// Runs a dry-run request alone in a transaction that is rolled back, and completes it with its result. Like a
    /// batch, it runs again when the database aborts the transaction, and once more on a fresh connection when the
    /// connection breaks. Answers the writer's session to go on with (null when it had to be closed).
    /// </summary>
    private async Task<SqlSession?> RunDryAsync(SqlSession? session, Request request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                session ??= await openSession(CancellationToken.None);
                var transaction = await session.Connection.BeginTransactionAsync(options.IsolationLevel);
                session.Transaction = transaction;
                session.DiscardCommitted(0);
                try
                {
                    await request.RunAsync(session, [request]);
                }
                finally
                {
                    // Disposing an uncommitted transaction rolls it back; what would have followed a commit never happens.
                    await DisposeTransactionAsync(session, transaction);
                    session.DiscardCommitted(0);
                }

                request.Complete();
                return session;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                (session, var broken) = await AfterFailureAsync(session, ex, closeAnyway: false);
                if (options.IsTransient(ex) && attempt < options.MaxAttempts)
                {
                    continue;
                }

                if (broken && attempt < ConnectionAttempts)
                {
                    continue;
                }

                request.Fail(broken ? Unavailable(ex) : ex);
                return session;
            }
        }
    }

    /// <summary>
    /// After the writer's work on <paramref name="session"/> failed with <paramref name="ex"/>: whether the connection
    /// broke (or the commit's outcome could not be found out), and the session to go on with. A broken connection is
    /// closed and the pool told (<see cref="GroupCommitOptions.ConnectionBroken"/>); with <paramref name="closeAnyway"/>
    /// the session is closed after any failure. Shared by batches and dry runs, so both give up on a connection alike.
    /// </summary>
    private async Task<(SqlSession? Session, bool Broken)> AfterFailureAsync(SqlSession? session, Exception ex, bool closeAnyway)
    {
        var broken = ex is CommitOutcomeUnknownException || options.IsConnectionFailure(ex)
            || session is { Connection.State: not System.Data.ConnectionState.Open };
        if (session is not null && (broken || closeAnyway))
        {
            await CloseAsync(session);
            session = null;
        }

        if (broken)
        {
            options.ConnectionBroken?.Invoke();
        }

        return (session, broken);
    }

    /// <summary>The failure of work whose connection broke, and again on a fresh one (<see cref="ConnectionAttempts"/>).</summary>
    private static StoreUnavailableException Unavailable(Exception ex) =>
        new("The database connection failed, and again on a fresh connection; nothing of the work was committed.", ex);

    private static async Task CloseAsync(SqlSession session)
    {
        try
        {
            await session.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A broken connection may fail to roll back what it no longer has: it is being thrown away anyway.
        }

        await session.Connection.DisposeAsync();
    }

    private static Task<bool>? Renew(Task<bool>? wait, ChannelReader<Request>? reader) =>
        wait is { IsCompleted: false } ? wait
        : reader is null || reader.Completion.IsCompleted ? null
        : reader.WaitToReadAsync().AsTask();

    private void Take(ChannelReader<Request> reader, List<Request> batch)
    {
        while (batch.Count < options.MaxRequestsPerCommit && reader.TryRead(out var request))
        {
            StoreTelemetry.QueueDepth.Add(-1); // observability
            StoreTelemetry.QueueWait.Record(Stopwatch.GetElapsedTime(request.EnqueuedAt).TotalSeconds);
            if (!request.IsCancelled)
            {
                batch.Add(request);
            }
        }
    }

    private async Task CommitAsync(SqlSession session, List<Request> batch)
    {
        var pending = batch;
        var savepoints = false;
        for (var attempt = 1; ; attempt++)
        {
            var succeeded = new List<Request>(pending.Count);
            Exception? transient = null;
            var failedWithoutSavepoint = false;
            var transaction = await session.Connection.BeginTransactionAsync(options.IsolationLevel);
            session.Transaction = transaction;
            session.DiscardCommitted(0); // observability: effects of an undone attempt never happened
            try
            {
                transient = await LockInOrderAsync(session, pending);
                foreach (var group in transient is not null ? [] : savepoints ? pending.Select(r => new List<Request> { r }) : Combine(pending))
                {
                    var effects = session.CommittedMark; // observability
                    if (savepoints)
                    {
                        await transaction.SaveAsync("request");
                    }

                    try
                    {
                        await group[0].RunAsync(session, group);
                        if (savepoints)
                        {
                            await transaction.ReleaseAsync("request");
                        }

                        succeeded.AddRange(group);
                    }
                    catch (Exception ex) when (options.IsTransient(ex))
                    {
                        transient = ex;
                        break;
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException && !IsBroken(session, ex))
                    {
                        // Which request of a combined group failed is not known: its requests run again alone, below.
                        if (group.Count == 1)
                        {
                            group[0].Fail(ex);
                        }

                        if (!savepoints)
                        {
                            failedWithoutSavepoint = true;
                            break;
                        }

                        await transaction.RollbackAsync("request");
                        await transaction.ReleaseAsync("request");
                        session.DiscardCommitted(effects); // observability
                    }
                }

                if (failedWithoutSavepoint)
                {
                    // What ran before the failure is undone with the transaction: run the rest again, guarded this time.
                    savepoints = true;
                    pending = [.. pending.Where(r => !r.IsFailed)];
                    if (pending.Count == 0)
                    {
                        return;
                    }

                    attempt--;
                    continue;
                }

                if (transient is null)
                {
                    var identity = options.IdentifyTransaction is { } identify ? await identify(session, CancellationToken.None) : null;
                    try
                    {
                        var committing = Stopwatch.GetTimestamp(); // observability
                        await transaction.CommitAsync();
                        StoreTelemetry.CommitDuration.Record(Stopwatch.GetElapsedTime(committing).TotalSeconds);
                        StoreTelemetry.TransactionRequests.Record(succeeded.Count);
                        session.RunCommitted();
                        succeeded.ForEach(r => r.Complete());
                        return;
                    }
                    catch (Exception ex) when (options.IsTransient(ex))
                    {
                        transient = ex;
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException && IsBroken(session, ex))
                    {
                        // COMMIT was sent and its answer lost: it may have been applied. Answer what happened.
                        switch (await CommitOutcomeAsync(identity))
                        {
                            case true:
                                session.RunCommitted(); // observability
                                succeeded.ForEach(r => r.Complete());
                                return;
                            case false:
                                throw; // rolled back: the writer runs it again on a fresh connection
                            default:
                                throw new CommitOutcomeUnknownException(
                                    "The connection failed while committing, and whether the commit took effect could not be found out.", ex);
                        }
                    }
                }
            }
            finally
            {
                await DisposeTransactionAsync(session, transaction);
            }

            // The whole transaction was undone: run again everything that had not failed on its own.
            Reruns.Add(1, new KeyValuePair<string, object?>("reason", options.TransientReason(transient!)),
                new KeyValuePair<string, object?>("db.namespace", session.Connection.Database));
            pending = [.. pending.Where(r => !r.IsFailed)];
            if (attempt >= options.MaxAttempts)
            {
                pending.ForEach(r => r.Fail(transient));
                return;
            }

            // Random back-off so that the transactions that collided do not collide again in step.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)));
        }
    }

    private bool IsBroken(SqlSession session, Exception ex) =>
        options.IsConnectionFailure(ex) || session.Connection.State != System.Data.ConnectionState.Open;

    private static async Task DisposeTransactionAsync(SqlSession session, System.Data.Common.DbTransaction transaction)
    {
        session.Transaction = null;
        try
        {
            await transaction.DisposeAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && session.Connection.State != System.Data.ConnectionState.Open)
        {
            // Rolling back on a broken connection fails; the server rolls back on its own when the connection ends.
        }
    }

    /// <summary>
    /// Whether the transaction <paramref name="identity"/> committed, asked on new connections until the store answers
    /// or <see cref="GroupCommitOptions.CommitOutcomeTimeout"/> passes; null when that cannot be found out.
    /// </summary>
    private async Task<bool?> CommitOutcomeAsync(object? identity)
    {
        if (identity is null || options.WasCommitted is not { } wasCommitted)
        {
            return null;
        }

        options.ConnectionBroken?.Invoke();
        var deadline = DateTime.UtcNow + options.CommitOutcomeTimeout;
        var wait = TimeSpan.FromMilliseconds(20);
        while (true)
        {
            try
            {
                if (await wasCommitted(identity, CancellationToken.None) is { } committed)
                {
                    return committed;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException && options.IsConnectionFailure(ex))
            {
                // Still unreachable: ask again until the deadline.
            }

            if (DateTime.UtcNow + wait > deadline)
            {
                return null;
            }

            await Task.Delay(wait);
            wait = TimeSpan.FromMilliseconds(Math.Min(wait.TotalMilliseconds * 2, 1000));
        }
    }

    /// <summary>
    /// Before a transaction runs more than one request, lets the store lock every row they will lock, in one global
    /// order (<see cref="GroupCommitOptions.LockInOrder"/>): the requests themselves lock in arrival order, and two
    /// writers (or two nodes) that took the same requests in different orders would otherwise wait for each other.
    /// Returns the failure when the database aborted the transaction (it is then run again), else null.
    /// </summary>
    private async Task<Exception?> LockInOrderAsync(SqlSession session, List<Request> pending)
    {
        if (options.LockInOrder is not { } lockInOrder || pending.Count < 2)
        {
            return null;
        }

        try
        {
            await lockInOrder(session, [.. pending.Select(r => r.Input).OfType<object>()], CancellationToken.None);
            return null;
        }
        catch (Exception ex) when (options.IsTransient(ex))
        {
            return ex;
        }
    }

    /// <summary>
    /// The requests in run order: each request with a combine key together with every later one of the same key and
    /// function, at the place of the first. All of them commit together, so any order among them is one they could
    /// have run in.
    /// </summary>
    private static List<List<Request>> Combine(List<Request> pending)
    {
        var groups = new List<List<Request>>(pending.Count);
        var byKey = new Dictionary<Request, List<Request>>(CombineComparer.Instance);
        foreach (var request in pending)
        {
            if (request.CombineKey is not null && byKey.TryGetValue(request, out var together))
            {
                together.Add(request);
                continue;
            }

            List<Request> group = [request];
            groups.Add(group);
            if (request.CombineKey is not null)
            {
                byKey[request] = group;
            }
        }

        return groups;
    }

    private abstract class Request
    {
        /// <summary>When it was queued (<see cref="Stopwatch"/> ticks), for the queue wait (observability).</summary>
        public long EnqueuedAt { get; } = Stopwatch.GetTimestamp();

        public abstract bool IsCancelled { get; }

        /// <summary>Queued during a <see cref="DryRun"/>: run alone and rolled back.</summary>
        public bool Dry { get; } = DryRun.IsActive;

        /// <summary>Runs in a transaction of its own, committed (see <see cref="EnqueueAloneAsync{T}"/>).</summary>
        public bool Alone { get; init; }

        public abstract bool IsFailed { get; }

        /// <summary>Completed, failed or cancelled: nothing more is to be done for it.</summary>
        public abstract bool IsAnswered { get; }

        /// <summary>Requests with equal keys and equal <see cref="CombineWith"/> may run together; null: alone.</summary>
        public virtual object? CombineKey => null;

        /// <summary>What the request works on, for <see cref="GroupCommitOptions.LockInOrder"/>; null when not known.</summary>
        public virtual object? Input => null;

        public virtual object? CombineWith => null;

        /// <summary>Runs this request, and the others of <paramref name="group"/> (this one first) with it.</summary>
        public abstract Task RunAsync(SqlSession session, IReadOnlyList<Request> group);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class CombineComparer : IEqualityComparer<Request>
    {
        public static readonly CombineComparer Instance = new();

        public bool Equals(Request? x, Request? y) => Equals(x!.CombineKey, y!.CombineKey) && Equals(x.CombineWith, y.CombineWith);

        public int GetHashCode(Request obj) => obj.CombineKey!.GetHashCode();
    }

    private abstract class Request<T>(CancellationToken cancellationToken) : Request
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<T> Task => completion.Task;

        /// <summary>The result to complete with once committed.</summary>
        public T? Result { get; set; }

        public override bool IsFailed => completion.Task.IsFaulted;

        public override bool IsAnswered => completion.Task.IsCompleted;

        public override bool IsCancelled
        {
            get
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    completion.TrySetCanceled(cancellationToken);
                    return true;
                }

                return false;
            }
        }

        public override void Complete() => completion.TrySetResult(Result!);

        public override void Fail(Exception exception) => completion.TrySetException(exception);
    }

    private sealed class WorkRequest<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        : Request<T>(cancellationToken)
    {
        // Once started, a request runs to the end (or is rolled back to its savepoint): never half-applied.
        public override async Task RunAsync(SqlSession session, IReadOnlyList<Request> group) => Result = await work(session, CancellationToken.None);
    }

    private sealed class CombinedRequest<TIn, T>(
        TIn input, object combineKey, Func<SqlSession, IReadOnlyList<TIn>, CancellationToken, Task<IReadOnlyList<T>>> run, CancellationToken cancellationToken)
        : Request<T>(cancellationToken)
    {
        public override object? Input => input;

        public override object? CombineKey => combineKey;

        public override object? CombineWith => run;

        public override async Task RunAsync(SqlSession session, IReadOnlyList<Request> group)
        {
            var results = await run(session, [.. group.Select(r => (TIn)r.Input!)], CancellationToken.None);
            if (results.Count != group.Count)
            {
                throw new InvalidOperationException($"A combined run answered {results.Count} results for {group.Count} requests.");
            }

            for (var i = 0; i < group.Count; i++)
            {
                ((CombinedRequest<TIn, T>)group[i]).Result = results[i];
            }
        }
    }
}
