using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Breakout.Host.TestDouble;

/// <summary>
/// Whole-database snapshots of the PostgreSQL store (<c>Breakout:Admin:AllowPostgresSnapshots</c>): a snapshot is a
/// schema beside the store's that holds a copy of every table and the value of every sequence. Saving copies the
/// tables in one REPEATABLE READ transaction (one consistent view); restoring, in one transaction, empties every table
/// (TRUNCATE, which waits for writes in flight and holds off new ones until it commits), copies the rows back in
/// foreign-key order, and sets the sequences back, so every node of a cluster sees the restored data at once.
/// </summary>
internal sealed class PostgresSnapshots(string connectionString)
{
    /// <summary>
    /// Writer bookkeeping (<c>commit_marks</c>: whether a transaction whose COMMIT answer was lost took effect) is not
    /// data: it is neither saved nor restored. Nor are the kept per-account counts (<c>account_counts</c>, migration
    /// 0037): the restore's inserts count on them as any write does, and the restore counts them afresh at its end.
    /// </summary>
    private static readonly string[] NotData = ["commit_marks", "account_counts"];

    /// <summary>The snapshot's schema: a hash of its name, which may be longer than an identifier or hold '-' and '.'.</summary>
    public static string SchemaOf(string name) =>
        "breakout_snapshot_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..32];

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await ScalarAsync(connection, null, "SELECT count(*) FROM pg_namespace WHERE nspname = @s", cancellationToken, ("@s", SchemaOf(name))) is 1L;
    }

    public async Task SaveAsync(string name, CancellationToken cancellationToken)
    {
        var snapshot = Quote(SchemaOf(name));
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var tables = await TablesAsync(connection, transaction, cancellationToken);
        var sql = new StringBuilder()
            .Append($"DROP SCHEMA IF EXISTS {snapshot} CASCADE; CREATE SCHEMA {snapshot}; ")
            .Append($"COMMENT ON SCHEMA {snapshot} IS {Literal("Breakout snapshot " + name)}; ");
        foreach (var table in tables)
        {
            sql.Append($"CREATE TABLE {snapshot}.{Quote(table)} AS TABLE {Quote(table)}; ");
        }

        sql.Append($"CREATE TABLE {snapshot}.\"_sequences\" AS SELECT sequencename AS name, last_value, start_value " +
            "FROM pg_sequences WHERE schemaname = current_schema(); ");
        await ExecuteAsync(connection, transaction, sql.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RestoreAsync(string name, CancellationToken cancellationToken)
    {
        var snapshot = Quote(SchemaOf(name));
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var tables = await TablesAsync(connection, transaction, cancellationToken);
        var columns = await InsertableColumnsAsync(connection, transaction, cancellationToken);
        var sql = new StringBuilder($"TRUNCATE {string.Join(", ", tables.Select(Quote))}; ");
        foreach (var table in tables)
        {
            var list = string.Join(", ", columns[table].Select(Quote));
            sql.Append($"INSERT INTO {Quote(table)} ({list}) OVERRIDING SYSTEM VALUE SELECT {list} FROM {snapshot}.{Quote(table)}; ");
        }

        // A sequence never used has no last_value: it starts again from its start.
        sql.Append($"SELECT setval(format('%I.%I', current_schema(), s.name), coalesce(s.last_value, s.start_value), s.last_value IS NOT NULL) " +
            $"FROM {snapshot}.\"_sequences\" s JOIN pg_sequences p ON p.schemaname = current_schema() AND p.sequencename = s.name; ");

        sql.Append("SELECT breakout_account_counts_rebuild(); ");

        // Other nodes forget the tokens they remember, as when a grant changes (migration 0010).
        sql.Append("SELECT pg_notify('breakout_tokens', 'snapshot');");
        await ExecuteAsync(connection, transaction, sql.ToString(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The store's tables, each after every table it references (self-references aside).</summary>
    private static async Task<List<string>> TablesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var references = new List<(string From, string To)>();
        await using (var command = new NpgsqlCommand(
            "SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid " +
            "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                references.Add((Unquote(reader.GetString(0)), Unquote(reader.GetString(1))));
            }
        }

        var ordered = new List<string>();
        var placed = new HashSet<string>(NotData, StringComparer.Ordinal);
        var remaining = tables.Where(t => !placed.Contains(t)).ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(t => references.All(r => r.From != t || r.To == t || placed.Contains(r.To) || !tables.Contains(r.To))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException($"The tables {string.Join(", ", remaining)} reference each other in a cycle; they cannot be restored in order.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready);
            remaining.RemoveAll(ready.Contains);
        }

        return ordered;
    }

    /// <summary>Every table's columns that take a value (not generated), in table order.</summary>
    private static async Task<Dictionary<string, List<string>>> InsertableColumnsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var columns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_generated = 'NEVER' " +
            "ORDER BY table_name, ordinal_position", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var table = reader.GetString(0);
            if (!columns.TryGetValue(table, out var list))
            {
                columns[table] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return columns;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (parameterName, value) in parameters)
        {
            command.Parameters.AddWithValue(parameterName, value);
        }

        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Unquote(string regclass) => regclass.StartsWith('"') ? regclass[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : regclass;

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
