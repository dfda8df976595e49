using System.Data.Common;

namespace Breakout.Storage.Sql;

/// <summary>
/// One open connection inside one transaction, with prepared commands reused by SQL text
/// (the single SQLite writer keeps its session for its lifetime).
/// </summary>
public sealed class SqlSession(DbConnection connection, SqlDialect dialect, bool cacheCommands) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

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
