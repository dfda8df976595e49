using Breakout.Domain;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Sqlite;

/// <summary>SQLite has one writer at a time, so no row locks are needed; IDs are stored as upper-case text.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override string LockRows(string alias) => "";

    public override object IdValue(CventId id) => id.ToString();

    public override string IdText(string expression) => expression;

    public override string Binary(string expression) => expression;

    public override string MigrationPrefix => "Breakout.Sqlite.Migrations.";
}
