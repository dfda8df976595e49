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
    /// <summary>The fields stored in a column of their own (wire fields and the import's own), with the column.</summary>
    public IReadOnlyList<(CvField Field, string Column)> Stored { get; } =
        [.. Descriptor.Fields.Concat(Descriptor.ImportFields)
            .Where(f => f.Name != Descriptor.ModifiedField && !Derived.ContainsKey(f.Name) && References.All(r => r.Field != f.Name))
            .Select(f => (f, SqlNames.SnakeCase(f.Name)))];

    /// <summary>The projection of the type over the table, its references and joins.</summary>
    public SqlProjection Projection()
    {
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
}
