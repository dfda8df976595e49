namespace Breakout.Storage.Sql;

/// <summary>
/// The transaction a whole call runs in when it carries an <c>Idempotency-Key</c> (docs/idempotency.md): while one is
/// current in the async flow, every store write and read of the call runs on its session, inside the transaction that
/// also keeps the call's response, instead of being queued to a writer. While the call is only probed (run to find out
/// whether it writes), the first write stops it with <see cref="WriteNeededException"/> before anything is changed.
/// </summary>
/// <remarks>An <see cref="AsyncLocal{T}"/>, as <see cref="DryRun"/>: the operations need not know about it.</remarks>
internal sealed class CallTransaction
{
    private static readonly AsyncLocal<CallTransaction?> Current = new();

    private CallTransaction(SqlSession? session) => Session = session;

    /// <summary>The session to run on; null while the call is probed.</summary>
    public SqlSession? Session { get; }

    /// <summary>The call transaction of the current flow, or null.</summary>
    public static CallTransaction? Active => Current.Value;

    /// <summary>Probes the rest of the current async method and what it awaits: the first write throws.</summary>
    public static void BeginProbe() => Current.Value = new CallTransaction(null);

    /// <summary>Runs the rest of the current async method and what it awaits on <paramref name="session"/>.</summary>
    public static void BeginHeld(SqlSession session) => Current.Value = new CallTransaction(session);

    /// <summary>Runs a write on the call's session (it is never undone alone: the call's transaction is); throws while probing.</summary>
    public Task<T> WriteAsync<T>(Func<SqlSession, CancellationToken, Task<T>> work) =>
        Session is { } session ? work(session, CancellationToken.None) : throw new WriteNeededException();

    /// <summary>The probed call tried to write: it must run in a transaction of its own.</summary>
    public sealed class WriteNeededException : Exception
    {
        public WriteNeededException()
            : base("A call with an Idempotency-Key writes: it runs again inside the transaction that keeps its response.")
        {
        }
    }
}
