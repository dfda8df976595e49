using System.Data.Common;

namespace Breakout.Storage.Sql;

/// <summary>
/// Statements that do not need each other's results, sent together: one round trip where the provider supports
/// batching (Npgsql), one after the other on the session's prepared commands otherwise (SQLite, in process).
/// </summary>
public sealed class SqlBatch(SqlSession session)
{
    private readonly List<DbCommand> commands = [];

    /// <summary>Adds a statement; bind its parameters on the returned command.</summary>
    public DbCommand Add(string sql)
    {
        // Commands of their own (not the session's cache): several may be pending at once, even with the same text.
        var command = session.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = session.Transaction;
        commands.Add(command);
        return command;
    }

    /// <summary>Runs the statements in order; returns the rows each one affected.</summary>
    public async Task<int[]> ExecuteAsync(CancellationToken cancellationToken)
    {
        var affected = new int[commands.Count];
        try
        {
            if (session.Connection.CanCreateBatch)
            {
                await using var batch = session.Connection.CreateBatch();
                batch.Transaction = session.Transaction;
                foreach (var command in commands)
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

            for (var i = 0; i < commands.Count; i++)
            {
                var cached = session.Command(commands[i].CommandText);
                foreach (DbParameter parameter in commands[i].Parameters)
                {
                    cached.With(parameter.ParameterName, parameter.Value);
                }

                affected[i] = await cached.ExecuteNonQueryAsync(cancellationToken);
            }

            return affected;
        }
        finally
        {
            foreach (var command in commands)
            {
                await command.DisposeAsync();
            }
        }
    }
}
