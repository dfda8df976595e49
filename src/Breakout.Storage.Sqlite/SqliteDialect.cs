using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Breakout.Domain;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Sqlite;

/// <summary>SQLite has one writer at a time, so no row locks are needed; IDs are stored as upper-case text.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    public override string LockRows(string alias) => "";

    public override object IdValue(CventId id) => id.ToString();

    /// <summary>The database file (every SQLite connection's database is <c>main</c>).</summary>
    public override string DatabaseName(DbConnection connection) => connection.DataSource;

    public override Array IdValues(IReadOnlyList<CventId> ids) => ids.Select(id => id.ToString()).ToArray();

    /// <summary>Rows as one JSON array of arrays, read with <c>json_each</c>; <c>i</c> counts from 0.</summary>
    public override string RowsOf(string parameter, int columns) =>
        $"(SELECT key AS i{string.Concat(Enumerable.Range(0, columns).Select(c => $", value ->> {c} AS c{c}"))} FROM json_each({parameter})) AS {parameter.TrimStart('@')}";

    public override string InRows(string column, string parameter) => $"{column} IN (SELECT value ->> 0 FROM json_each({parameter}))";

    public override void BindRows(DbCommand command, string parameter, params Array[] columns)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * columns[0].Length);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var row = 0; row < columns[0].Length; row++)
            {
                json.WriteStartArray();
                foreach (var column in columns)
                {
                    switch (column.GetValue(row))
                    {
                        case long number:
                            json.WriteNumberValue(number);
                            break;
                        case string text:
                            json.WriteStringValue(text);
                            break;
                        case null:
                            json.WriteNullValue();
                            break;
                        case var other:
                            throw new ArgumentException($"Rows carry long and string values, not {other.GetType()}.", nameof(columns));
                    }
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        command.With(parameter, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>
    /// The largest key: with one writer, and keys allocated as the largest plus one (INTEGER PRIMARY KEY without
    /// AUTOINCREMENT), that is the row this transaction inserted last. Read from the end of the table's B-tree.
    /// </summary>
    public override string LastInsertedKey(string table) => $"(SELECT MAX(pk) FROM {table})";

    public override string IdText(string expression) => expression;

    public override string Binary(string expression) => expression;

    public override string SortedAfterLookup(string expression) => "+" + expression;

    public override string MigrationPrefix => "Breakout.Sqlite.Migrations.";

    public override bool IsUniqueViolation(Exception exception) => exception is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 };
}
