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

    public override object IdValue(CventId id) => id.Value;

    public override string IdText(string expression) => $"upper(CAST({expression} AS text))";

    public override string Binary(string expression) => $"({expression}) COLLATE \"C\"";

    public override string MigrationPrefix => "Breakout.Postgres.Migrations.";
}
