using System.Globalization;
using System.Text;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The one SELECT a CvObject type is read through: one column per field, aliased by the field's wire name, scoped to
/// an account. Retrieve (by IDs), Search (a WHERE over it) and GetUpdated (its modification time in a window) all
/// read it, so the three always agree. <see cref="Columns"/> gives the raw SQL expression of each field Breakout has
/// data for (IDs as stored, booleans 0/1, times in Unix milliseconds); the others are written as Cvent writes
/// fields it has no value for: an empty string, the empty GUID, the field's default, or nothing.
/// </summary>
/// <param name="From">The FROM clause with its joins.</param>
/// <param name="Account">The account column the projection is scoped by.</param>
/// <param name="Key">The primary key, the parent of detail rows.</param>
/// <param name="IdColumn">The object's ID column.</param>
/// <param name="Where">A further scope (a registration is an invitee that responded; deleted contacts are invisible).</param>
/// <param name="Modified">The modification time of a type without a modification field (Session).</param>
/// <param name="IdLookups">
/// For ID fields Search can answer through indexes: the column holding the key of the referred row and the referred
/// table. An Equals or Includes of GUIDs becomes a key lookup in the referred table's (account, id) index and then in
/// the referring table's (account, key) index, so Search by a speaker's event or a transaction's invitee reads only
/// the rows it answers.
/// </param>
/// <param name="DetailFilters">
/// For the type's <see cref="CvObjectDescriptor.DetailSearchFields"/>: where the detail rows are, by field name
/// (<see cref="SqlDetailFilter"/>).
/// </param>
/// <param name="Enumerations">
/// Fields shown through <see cref="Case"/>: the stored ordinal column and the names, so an Equals or Includes compares
/// the column (an index) with the ordinals of the names rather than the <c>CASE</c> with the text.
/// </param>
/// <param name="Sources">
/// Fields read from related rows or through subqueries, by field name (or <c>Modified</c>): the sources of their values
/// (<see cref="SqlKeySource"/>), which Search and GetUpdated look up by index first.
/// </param>
internal sealed record SqlProjection(
    CvObjectDescriptor Descriptor,
    string From,
    string Account,
    string Key,
    string IdColumn,
    IReadOnlyDictionary<string, string> Columns,
    string? Where = null,
    string? Modified = null,
    IReadOnlyDictionary<string, (string KeyColumn, string Target)>? IdLookups = null,
    IReadOnlyDictionary<string, SqlDetailFilter>? DetailFilters = null,
    IReadOnlyDictionary<string, (string Column, IReadOnlyList<string> Names)>? Enumerations = null,
    IReadOnlyDictionary<string, IReadOnlyList<SqlKeySource>>? Sources = null)
{
    public const string EmptyId = "00000000-0000-0000-0000-000000000000";

    /// <summary>The column GetUpdated windows on.</summary>
    public string ModifiedColumn => Descriptor.ModifiedField ?? "Modified";

    /// <summary><c>SELECT "Id", "Key", fields… FROM … WHERE account = @a [AND scope]</c>; callers append further <c>AND</c>s.</summary>
    public string Select(SqlDialect dialect)
    {
        var sql = new StringBuilder("SELECT ").Append(dialect.IdText(IdColumn)).Append(" AS \"Id\", ").Append(Key).Append(" AS \"Key\"");
        foreach (var field in Descriptor.Fields)
        {
            sql.Append(", ").Append(Output(dialect, field, Columns.GetValueOrDefault(field.Name))).Append(" AS \"").Append(field.Name).Append('"');
        }

        if (Modified is not null)
        {
            sql.Append(", ").Append(Modified).Append(" AS \"Modified\"");
        }

        sql.Append(" FROM ").Append(From).Append(" WHERE ").Append(Account).Append(" = @a");
        if (Where is not null)
        {
            sql.Append(" AND ").Append(Where);
        }

        return sql.ToString();
    }

    /// <summary>
    /// <c>SELECT id FROM … WHERE account = @a [AND scope]</c>: the IDs of the rows, for Search and GetUpdated, whose
    /// conditions are appended over <see cref="Expression"/>s (inside the statement, not over a derived table, so the
    /// database matches them to indexes on those expressions); the ID is <c>"Id"</c>, as in <see cref="Select"/>.
    /// </summary>
    public string SelectIds(SqlDialect dialect) =>
        $"SELECT {IdExpression(dialect)} AS \"Id\" FROM {From} WHERE {Account} = @a" + (Where is null ? "" : " AND " + Where);

    /// <summary>
    /// The condition Retrieve selects rows by: their keys looked up by the IDs in the first table's (account, id) index
    /// (<paramref name="ids"/>, a list of bound IDs). Compared on the ID column itself, SQLite without statistics reads
    /// an invitee's 200 IDs by walking the account's invitees through the (account, kind) index (96 ms at 200,000);
    /// the primary key it always looks up.
    /// </summary>
    public string ByIds(string ids)
    {
        var first = From.Split(' ', 3);
        return first.Length >= 2 && Key == first[1] + ".pk" && IdColumn == first[1] + ".id" && Account == first[1] + ".account_pk"
            ? $"{Key} IN (SELECT w.pk FROM {first[0]} w WHERE w.account_pk = @a AND w.id IN ({ids}))"
            : $"{IdColumn} IN ({ids})";
    }

    /// <summary>The ID as <see cref="Select"/> answers it, for ordering.</summary>
    public string IdExpression(SqlDialect dialect) => dialect.IdText(IdColumn);

    /// <summary>The expression of a column of <see cref="Select"/>: a field's output, or <c>"Modified"</c>.</summary>
    public string Expression(SqlDialect dialect, string column) =>
        column == "Modified" && Modified is not null ? Modified
        : Output(dialect, Descriptor.Field(column) ?? throw new ArgumentException($"No field {column}.", nameof(column)), Columns.GetValueOrDefault(column));

    /// <summary>The output expression of a field: its raw expression normalised, or the value Cvent sends when it has none.</summary>
    public static string Output(SqlDialect dialect, CvField field, string? raw) => field.Type switch
    {
        CvFieldType.Id => raw is null ? $"'{EmptyId}'" : $"COALESCE({dialect.IdText(raw)}, '{EmptyId}')",
        // A child-element string without a value is left out (or nil), not written empty.
        CvFieldType.String when field.Nillable || field.Element => raw ?? "CAST(NULL AS TEXT)",
        CvFieldType.String => raw is null ? "''" : $"COALESCE({raw}, '')",
        CvFieldType.Boolean => raw is null ? BooleanDefault(field) : $"COALESCE({raw}, {BooleanDefault(field)})",
        CvFieldType.Double => raw ?? "CAST(NULL AS DOUBLE PRECISION)",
        _ => raw ?? "CAST(NULL AS BIGINT)",
    };

    /// <summary>A <c>CASE</c> turning a stored ordinal into its wire name.</summary>
    public static string Case(string column, IReadOnlyList<string> names)
    {
        var sql = new StringBuilder("CASE ").Append(column);
        for (var i = 0; i < names.Count; i++)
        {
            sql.Append(" WHEN ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" THEN '").Append(names[i].Replace("'", "''", StringComparison.Ordinal)).Append('\'');
        }

        return sql.Append(" END").ToString();
    }

    private static string BooleanDefault(CvField field) => field.DefaultValue == "true" ? "1" : "0";
}
