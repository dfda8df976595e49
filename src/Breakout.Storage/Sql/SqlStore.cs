using System.Runtime.CompilerServices;
using Breakout.Domain;

namespace Breakout.Storage.Sql;

/// <summary>
/// The statements of both stores. Subclasses decide how work runs: SQLite through one writer that commits many
/// requests per transaction, PostgreSQL on pooled connections with row locks and retries.
/// </summary>
public abstract partial class SqlStore(SqlDialect dialect, TimeProvider time) : IBreakoutStore
{
    protected SqlDialect Dialect { get; } = dialect;

    protected TimeProvider Time { get; } = time;

    protected long Now => UnixTime.ToStored(Time.GetUtcNow());

    /// <summary>Runs read-only work on a connection of its own.</summary>
    protected abstract Task<T> ReadCoreAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Runs read-only work on a connection of its own, in a <c>store.read</c> span (observability); inside a call with
    /// an <c>Idempotency-Key</c> that writes, on that call's transaction, so that it sees what the call wrote.
    /// </summary>
    protected Task<T> ReadAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken, [CallerMemberName] string method = "") =>
        CallTransaction.Active?.Session is { } held
            ? work(held, cancellationToken)
            : StoreTelemetry.TraceAsync("store.read", method, (Store: this, work, cancellationToken), static c => c.Store.ReadCoreAsync(c.work, c.cancellationToken));

    /// <summary>
    /// The store's writers: every change runs inside one of their transactions, and completes only after its commit
    /// is durable. Work may run more than once (after a serialization failure), so it must not have effects outside
    /// the transaction.
    /// </summary>
    protected abstract GroupCommitQueue Writes { get; }

    /// <summary>Runs work inside a transaction of a writer; completes once the commit is durable.</summary>
    protected Task<T> WriteAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken, [CallerMemberName] string method = "") =>
        StoreTelemetry.TraceAsync("store.write", method, (Writes, work, cancellationToken), static c => c.Writes.EnqueueAsync(c.work, c.cancellationToken)); // observability

    /// <summary>
    /// The same, for work on one contended row (<paramref name="affinity"/> identifies it): a store with several
    /// writers runs all work of one affinity on the same writer.
    /// </summary>
    protected Task<T> WriteAsync<T>(
        int affinity, Func<SqlSession, CancellationToken, Task<T>> work, CancellationToken cancellationToken, [CallerMemberName] string method = "") =>
        StoreTelemetry.TraceAsync("store.write", method, (Writes, work, cancellationToken, affinity),
            static c => c.Writes.EnqueueAsync(c.work, c.cancellationToken, c.affinity)); // observability

    /// <summary>
    /// Statements that insert one <c>api_calls</c> row per row of <c>@calls</c> (c0 api_user_pk, c1 call_id; account
    /// <c>@a</c>, operation <c>@o</c>, time <c>@t</c>), in order, and the rows of <c>@history</c>
    /// (c0 index of their call, c1 its call_id, c2 registrant_pk, c3 action, c4 message_id; session <c>@s</c>) into
    /// <c>registration_history</c>, each pointing at its call's new row; <c>@n</c> is the number of calls, <c>@m</c> of
    /// history rows (for a store that writes their change feed rows too). Each store knows how its keys are drawn. Each
    /// statement lists the parameters it reads.
    /// </summary>
    protected abstract IReadOnlyList<SqlStatement> InsertCallsWithHistory { get; }

    /// <summary>
    /// Writes the change feed's row for the <c>registration_history</c> row <c>@h</c> just written item by item (call
    /// <c>@c</c>, action <c>@act</c>); null when the database's own trigger writes it.
    /// </summary>
    protected virtual string? RegistrationFeedRow => null;

    /// <summary>A statement and the names of the parameters it reads, so that exactly those are bound.</summary>
    protected sealed record SqlStatement(string Sql, params string[] Parameters);

    public abstract Task MigrateAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(async (s, ct) => await s.Command("SELECT COUNT(*) FROM accounts").ScalarInt64Async(ct) == 0, cancellationToken);

    /// <summary>
    /// The same, for work that can run together with other work of the same <paramref name="combineKey"/>:
    /// <paramref name="run"/> gets the inputs of all of it taken into one transaction, in order, and answers one result
    /// per input. Same affinity rules as above.
    /// </summary>
    protected Task<T> WriteAsync<TIn, T>(
        int affinity, TIn input, object combineKey, Func<SqlSession, IReadOnlyList<TIn>, CancellationToken, Task<IReadOnlyList<T>>> run,
        CancellationToken cancellationToken, [CallerMemberName] string method = "") =>
        StoreTelemetry.TraceAsync("store.write", method, (Writes, input, combineKey, run, cancellationToken, affinity),
            static c => c.Writes.EnqueueAsync(c.input, c.combineKey, c.run, c.cancellationToken, c.affinity)); // observability

    /// <summary>
    /// Calls on one session are combined: those waiting for the same transaction are applied as one set (see
    /// <see cref="ApplySessionRegActionsAsync"/>).
    /// </summary>
    public Task<IReadOnlyList<SessionRegItemResult>> SessionRegActionAsync(SessionRegCommand command, CancellationToken cancellationToken = default)
    {
        // Any spelling of the session's ID (case, braces) has the same affinity and combines with the others.
        return CventId.TryParse(command.ProductId, out var session)
            ? WriteAsync(session.GetHashCode(), command, (command.AccountKey, session), ApplySessionRegActionsAsync, cancellationToken)
            : WriteAsync(async (s, ct) => (await ApplySessionRegActionsAsync(s, [command], ct))[0], cancellationToken);
    }
}
