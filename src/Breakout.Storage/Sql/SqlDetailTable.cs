using System.Text;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// How the rows of one detail of an imported type are stored: a table with <c>pk</c>, the parent's key in
/// <paramref name="ParentColumn"/> and a column per stored field (snake_case of the wire name), unique on the parent and
/// <paramref name="Key"/>, so importing a row again updates it. Rows are answered in the order they were first imported.
/// A detail with nested elements yields its <c>pk</c> as the nested rows' parent (<see cref="SqlNestedTable"/>).
/// </summary>
/// <param name="Parent">The parent type's table.</param>
/// <param name="Key">The fields that tell two rows of one parent apart (with the parent, the table's unique key).</param>
internal sealed record SqlDetailTable(
    SqlObjectTable Parent,
    CvDetailDescriptor Descriptor,
    string Table,
    string Alias,
    string ParentColumn,
    IReadOnlyList<string> Key,
    IReadOnlyList<SqlReference> References,
    IReadOnlyDictionary<string, string?> Derived,
    string Joins = "")
{
    /// <summary>Stored fields whose column is not the snake_case of their name (an answer choice's <c>choice_text</c>).</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The statements that write a row where <see cref="Upsert"/> does not (a question's choices are numbered as they
    /// come, an answer goes under its question's detail row), with the same parameters.
    /// </summary>
    public IReadOnlyList<string>? Writes { get; init; }

    /// <summary>What the import runs for a row: <see cref="Writes"/>, or the <see cref="Upsert"/>.</summary>
    public IReadOnlyList<string> Statements => Writes ?? [Upsert()];

    /// <summary>The change-feed action an import writes for a row its object did not have (a list's <c>MemberAdded</c>), or null.</summary>
    public string? Feeds { get; init; }

    /// <summary>The fields stored in a column of their own, with the column.</summary>
    public IReadOnlyList<(CvField Field, string Column)> Stored => field ??=
        [.. Descriptor.Fields
            .Where(f => !Derived.ContainsKey(f.Name) && References.All(r => r.Field != f.Name))
            .Select(f => (f, Columns.GetValueOrDefault(f.Name) ?? SqlNames.SnakeCase(f.Name)))];

    public SqlDetailProjection Projection()
    {
        var sql = new StringBuilder($"SELECT {Alias}.{ParentColumn} AS \"Parent\", {Alias}.pk AS \"Seq\"");
        if (Descriptor.Nested.Count > 0)
        {
            sql.Append($", {Alias}.pk AS \"Key\"");
        }

        foreach (var (field, column) in Stored)
        {
            sql.Append($", {Alias}.{column} AS \"{field.Name}\"");
        }

        foreach (var reference in References)
        {
            sql.Append($", {reference.Alias}.id AS \"{reference.Field}\"");
        }

        foreach (var (field, expression) in Derived.Where(d => d.Value is not null))
        {
            sql.Append($", {expression} AS \"{field}\"");
        }

        sql.Append($" FROM {Table} {Alias}");
        foreach (var reference in References)
        {
            sql.Append(reference.Join(Alias));
        }

        sql.Append(Joins).Append($" WHERE {Alias}.{ParentColumn} IN ({{parents}})");
        return new SqlDetailProjection(Descriptor, sql.ToString(), _ => "d.\"Seq\"");
    }

    /// <summary>The upsert of one row: <c>@p</c> (parent key), <c>@r0</c>… (reference keys), <c>@f0</c>… (stored fields).</summary>
    public string Upsert()
    {
        var columns = References.Select(r => r.Column).Concat(Stored.Select(s => s.Column)).ToList();
        var values = References.Select((_, i) => $"@r{i}").Concat(Stored.Select((_, i) => $"@f{i}"));
        var keys = Key.Select(k => References.FirstOrDefault(r => r.Field == k)?.Column ?? SqlNames.SnakeCase(k)).ToList();
        var others = columns.Except(keys).ToList();
        return $"INSERT INTO {Table} ({ParentColumn}{string.Concat(columns.Select(c => ", " + c))}) " +
            $"VALUES (@p{string.Concat(values.Select(v => ", " + v))}) ON CONFLICT ({ParentColumn}{string.Concat(keys.Select(k => ", " + k))}) " +
            (others.Count == 0 ? "DO NOTHING" : $"DO UPDATE SET {string.Join(", ", others.Select(c => $"{c} = excluded.{c}"))}");
    }
}
