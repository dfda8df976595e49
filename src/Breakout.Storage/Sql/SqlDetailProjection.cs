using System.Text;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// The SELECT of one detail element of a type (Registration's <c>OrderDetail</c>, Event's <c>ProductDetail</c>):
/// <see cref="Source"/> yields a <c>"Parent"</c> key and raw columns aliased by field name (<c>AS "ProductId"</c>), for
/// the parents in the placeholder <c>{parents}</c>; fields it does not yield get the same empty values as object fields.
/// A detail with a nested element also yields a <c>"Key"</c>, the parent of the nested rows.
/// </summary>
/// <param name="OrderBy">Order of the rows of one parent, over the source's columns (alias <c>d</c>).</param>
internal sealed record SqlDetailProjection(CvDetailDescriptor Descriptor, string Source, Func<SqlDialect, string> OrderBy)
{
    public string Select(SqlDialect dialect, string parents)
    {
        var sql = new StringBuilder("SELECT d.\"Parent\"");
        if (Descriptor.Nested.Count > 0)
        {
            sql.Append(", d.\"Key\"");
        }

        foreach (var field in Descriptor.Fields)
        {
            var raw = Source.Contains($" AS \"{field.Name}\"", StringComparison.Ordinal) ? $"d.\"{field.Name}\"" : null;
            sql.Append(", ").Append(SqlProjection.Output(dialect, field, raw));
        }

        return sql.Append(" FROM (").Append(Source.Replace("{parents}", parents, StringComparison.Ordinal)).Append(") d ORDER BY d.\"Parent\", ")
            .Append(OrderBy(dialect)).ToString();
    }
}
