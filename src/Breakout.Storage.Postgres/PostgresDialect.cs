using System.Data.Common;
using Breakout.Domain;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Postgres;

/// <summary>PostgreSQL runs writers concurrently, so rows about to change are locked; IDs are <c>uuid</c> columns.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    /// <summary>
    /// <c>FOR NO KEY UPDATE</c> serialises writers of the same session or registrant exactly like <c>FOR UPDATE</c>,
    /// but does not block the <c>FOR KEY SHARE</c> locks that foreign-key checks of other transactions take (a
    /// promotion in one session inserting a seat for a registrant that another call has locked), so fewer calls
    /// wait or deadlock. No statement changes a key column.
    /// </summary>
    public override string LockRows(string alias) => $" FOR NO KEY UPDATE OF {alias}";

    public override string ClaimRows(string alias) => $" FOR UPDATE OF {alias} SKIP LOCKED";

    public override object IdValue(CventId id) => id.Value;

    public override Array IdValues(IReadOnlyList<CventId> ids) => ids.Select(id => id.Value).ToArray();

    /// <summary>One array parameter per column (<c>@p_0</c>, <c>@p_1</c> ...), unnested together; <c>i</c> counts from 1.</summary>
    public override string RowsOf(string parameter, int columns)
    {
        var range = Enumerable.Range(0, columns);
        return $"unnest({string.Join(", ", range.Select(c => $"{parameter}_{c}"))}) WITH ORDINALITY AS " +
            $"{parameter.TrimStart('@')} ({string.Join(", ", range.Select(c => $"c{c}"))}, i)";
    }

    /// <summary>
    /// <c>= ANY(array)</c>: an index condition, where <c>IN (SELECT ... FROM unnest(...))</c> would be planned for a
    /// hundred rows of unknown values (the generic plan of a prepared statement) and scan the table.
    /// </summary>
    public override string InRows(string column, string parameter) => $"{column} = ANY({parameter}_0)";

    public override void BindRows(DbCommand command, string parameter, params Array[] columns)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            command.With($"{parameter}_{c}", columns[c]);
        }
    }

    /// <summary><c>currval</c> of the table's identity sequence: what this session's last insert into it drew.</summary>
    public override string LastInsertedKey(string table) => $"currval(pg_get_serial_sequence('{table}', 'pk'))";

    public override string IdText(string expression) => $"upper(CAST({expression} AS text))";

    public override string Binary(string expression) => $"({expression}) COLLATE \"C\"";

    public override string MigrationPrefix => "Breakout.Postgres.Migrations.";

    public override bool IsUniqueViolation(Exception exception) => exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };

    public override (string? Before, string Explain, string? After) Explain(string sql) => ("SET enable_seqscan = off", "EXPLAIN " + sql, "RESET enable_seqscan");
}
