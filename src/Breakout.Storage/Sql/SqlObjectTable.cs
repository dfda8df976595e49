using System.Text;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// How a type imported through the catalogue is stored: one table with <c>pk</c>, <c>account_pk</c>, <c>id</c>,
/// <c>updated_at</c> and one column per stored field, named by <see cref="SqlNames.SnakeCase"/> of the wire name. From
/// this declaration come the type's projection (Retrieve, Search, GetUpdated) and its import upsert, so a new type is
/// a declaration and a migration, not code. The modification field (or, for a type without one, GetUpdated's window)
/// is <c>updated_at</c>, set by every import that writes the row or one of its details.
/// </summary>
/// <param name="Table">The table, aliased as <paramref name="Alias"/>.</param>
/// <param name="References">Fields naming other rows (stored as their key, answered with their ID).</param>
/// <param name="Derived">Fields read from related rows, by SQL expression over the aliases (null: a field Breakout keeps no value for).</param>
/// <param name="Joins">Further joins the derived fields need, after the references' joins.</param>
/// <param name="RelatedLookups">
/// Derived ID fields Search answers through indexes, as it does references (<see cref="SqlProjection.IdLookups"/>): the
/// joined column holding the related row's key and that row's table (a transaction's <c>EventId</c> is its invitee's
/// <c>r.event_pk</c> in <c>events</c>).
/// </param>
internal sealed record SqlObjectTable(
    CvObjectDescriptor Descriptor,
    string Table,
    string Alias,
    IReadOnlyList<SqlReference> References,
    IReadOnlyDictionary<string, string?> Derived,
    string Joins = "",
    IReadOnlyDictionary<string, (string KeyColumn, string Target)>? RelatedLookups = null)
{
    /// <summary>
    /// The projection written by hand of a type whose rows hang off each other's joins (#17 part B: a response shows its
    /// respondent's survey and contact): it answers the type, and its plain columns of <see cref="Table"/> are the stored fields.
    /// </summary>
    public SqlProjection? Served { get; init; }

    /// <summary>Stored fields whose column is not the one the projection or the field's name gives (a question's <c>type_code</c>).</summary>
    public IReadOnlyDictionary<string, string> Columns { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether an import writes the type's changes to the change feed, as its SOAP writes do.</summary>
    public bool Feeds { get; init; }

    /// <summary>A field no two rows of an account may share (case-insensitively), and what the rows are, for the refusal.</summary>
    public (string Field, string Noun)? Unique { get; init; }

    /// <summary>
    /// A field the row's import writes to a related row, and the statement that does it when the field has a value
    /// (<c>@v</c>; <c>@t</c>, now; <c>@r0</c>…, the reference keys): a response's <c>Status</c> is its respondent's.
    /// </summary>
    public (string Field, string Sql)? WritesThrough { get; init; }

    /// <summary>The fields stored in a column of their own (wire fields and the import's own), with the column.</summary>
    public IReadOnlyList<(CvField Field, string Column)> Stored => field ??=
        [.. Descriptor.Fields.Concat(Descriptor.ImportFields)
            .Where(f => (Served is not null || f.Name != Descriptor.ModifiedField) && !Derived.ContainsKey(f.Name) && References.All(r => r.Field != f.Name))
            .Select(f => (f, Column: Columns.GetValueOrDefault(f.Name) ?? (Served is null ? SqlNames.SnakeCase(f.Name) : OwnColumn(Served.Columns.GetValueOrDefault(f.Name)))))
            .Where(f => f.Column is not null and not "id" and not "updated_at")
            .Select(f => (f.f, f.Column!))];

    /// <summary>The projection of the type over the table, its references and joins.</summary>
    public SqlProjection Projection()
    {
        if (Served is not null)
        {
            return Served;
        }

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, column) in Stored)
        {
            columns[field.Name] = $"{Alias}.{column}";
        }

        foreach (var reference in References)
        {
            columns[reference.Field] = $"{reference.Alias}.id";
        }

        foreach (var (field, expression) in Derived.Where(d => d.Value is not null))
        {
            columns[field] = expression!;
        }

        if (Descriptor.ModifiedField is { } modified)
        {
            columns[modified] = $"{Alias}.updated_at";
        }

        var from = new StringBuilder($"{Table} {Alias}");
        foreach (var reference in References)
        {
            from.Append(reference.Join(Alias));
        }

        var lookups = References.ToDictionary(r => r.Field, r => ($"{Alias}.{r.Column}", r.Target));
        foreach (var (field, lookup) in RelatedLookups ?? new Dictionary<string, (string, string)>())
        {
            lookups[field] = lookup;
        }

        return new SqlProjection(Descriptor, from.Append(Joins).ToString(), $"{Alias}.account_pk", $"{Alias}.pk", $"{Alias}.id", columns,
            Modified: Descriptor.ModifiedField is null ? $"{Alias}.updated_at" : null, IdLookups: lookups);
    }

    /// <summary>
    /// <c>INSERT … ON CONFLICT (account_pk, id) DO UPDATE</c> of one row: parameters <c>@a</c>, <c>@id</c>, <c>@t</c>
    /// (now), <c>@r0</c>… (reference keys) and <c>@f0</c>… (stored fields, in <see cref="Stored"/> order).
    /// </summary>
    public string Upsert()
    {
        var columns = References.Select(r => r.Column).Concat(Stored.Select(s => s.Column)).ToList();
        var values = References.Select((_, i) => $"@r{i}").Concat(Stored.Select((_, i) => $"@f{i}"));
        return $"INSERT INTO {Table} (account_pk, id, updated_at{string.Concat(columns.Select(c => ", " + c))}) " +
            $"VALUES (@a, @id, @t{string.Concat(values.Select(v => ", " + v))}) " +
            $"ON CONFLICT (account_pk, id) DO UPDATE SET updated_at = excluded.updated_at{string.Concat(columns.Select(c => $", {c} = excluded.{c}"))}";
    }

    /// <summary>The column of a plain <c>alias.column</c> expression of the type's own table, or null.</summary>
    private string? OwnColumn(string? expression) =>
        expression is not null && expression.StartsWith(Alias + ".", StringComparison.Ordinal) && expression[(Alias.Length + 1)..].All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')
            ? expression[(Alias.Length + 1)..] : null;
}
