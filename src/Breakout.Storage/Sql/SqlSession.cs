using System.Data.Common;

namespace Breakout.Storage.Sql;

/// <summary>
/// One open connection inside one transaction, with prepared commands reused by SQL text
/// (the single SQLite writer keeps its session for its lifetime).
/// </summary>
public sealed class SqlSession(DbConnection connection, SqlDialect dialect, bool cacheCommands) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>What to do once the transaction commits (observability: count what really happened).</summary>
    private readonly List<Action> committed = [];

    public DbConnection Connection { get; } = connection;

    public SqlDialect Dialect { get; } = dialect;

    public DbTransaction? Transaction { get; set; }

    /// <summary>A command for <paramref name="sql"/> bound to the current transaction, with its parameters cleared.</summary>
    public DbCommand Command(string sql)
    {
        if (!cacheCommands || !commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            if (cacheCommands)
            {
                commands.Add(sql, command);
            }
        }

        command.Parameters.Clear();
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>
    /// Runs <paramref name="effect"/> once the current transaction has committed; never when the work that asked is
    /// undone (rolled back to its savepoint, or its transaction run again).
    /// </summary>
    public void OnCommitted(Action effect) => committed.Add(effect);

    /// <summary>How many effects wait for the commit: the mark to discard back to when a savepoint is rolled back.</summary>
    internal int CommittedMark => committed.Count;

    /// <summary>Forgets the effects asked for after <paramref name="mark"/> (their work was undone).</summary>
    internal void DiscardCommitted(int mark) => committed.RemoveRange(mark, committed.Count - mark);

    /// <summary>The transaction committed: runs and forgets the effects.</summary>
    internal void RunCommitted()
    {
        foreach (var effect in committed)
        {
            effect();
        }

        committed.Clear();
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
        }
    }
}
