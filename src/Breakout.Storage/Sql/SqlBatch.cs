using System.Data.Common;

namespace Breakout.Storage.Sql;

/// <summary>
/// Statements that do not need each other's results, sent together: one round trip where the provider supports
/// batching (Npgsql), one after the other on the session's prepared commands otherwise (SQLite, in process).
/// </summary>
public sealed class SqlBatch(SqlSession session)
{
    private readonly bool batching = session.Connection.CanCreateBatch;
    private readonly List<(DbCommand Command, bool Owned)> commands = [];

    /// <summary>Adds a statement; bind its parameters on the returned command.</summary>
    public DbCommand Add(string sql)
    {
        // Sent as one batch, or a text already pending: a command of its own. Otherwise the session's prepared one.
        var owned = batching || commands.Exists(c => c.Command.CommandText == sql);
        var command = owned ? session.Connection.CreateCommand() : session.Command(sql);
        if (owned)
        {
            command.CommandText = sql;
            command.Transaction = session.Transaction;
        }

        commands.Add((command, owned));
        return command;
    }

    /// <summary>Runs the statements in order; returns the rows each one affected.</summary>
    public async Task<int[]> ExecuteAsync(CancellationToken cancellationToken)
    {
        var affected = new int[commands.Count];
        try
        {
            if (!batching)
            {
                for (var i = 0; i < commands.Count; i++)
                {
                    affected[i] = await commands[i].Command.ExecuteNonQueryAsync(cancellationToken);
                }

                return affected;
            }

            await using var batch = session.Connection.CreateBatch();
            batch.Transaction = session.Transaction;
            foreach (var (command, _) in commands)
            {
                var statement = batch.CreateBatchCommand();
                statement.CommandText = command.CommandText;
                foreach (DbParameter parameter in command.Parameters)
                {
                    var copy = statement.CreateParameter();
                    copy.ParameterName = parameter.ParameterName;
                    copy.Value = parameter.Value;
                    statement.Parameters.Add(copy);
                }

                batch.BatchCommands.Add(statement);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < affected.Length; i++)
            {
                affected[i] = batch.BatchCommands[i].RecordsAffected;
            }

            return affected;
        }
        finally
        {
            foreach (var (command, owned) in commands.Where(c => c.Owned))
            {
                await command.DisposeAsync();
            }
        }
    }
}
