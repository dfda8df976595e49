using System.Data.Common;
using Breakout.Domain.CustomFields;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Turns checked Search filters into a WHERE clause over a projection's column expressions
/// (<see cref="SqlProjection.Expression"/>), every value bound as a parameter. Text and IDs compare case-insensitively (ASCII letters, on both stores: <see cref="SqlDialect.Fold"/>);
/// <c>%</c>, <c>_</c> and <c>\</c> in a pattern value match themselves. Dates compare to the second, as Retrieve shows
/// them. Not Equal to, Does not Contain and Excludes also match a field with no value.
/// </summary>
internal static partial class SqlFilter
{
    /// <summary>The WHERE clause; <paramref name="byIndex"/> tells whether an AndSearch condition is answered through an ID lookup.</summary>
    public static string Where(SqlDialect dialect, CvSearch search, DbCommand command, SqlProjection projection, out bool byIndex)
    {
        var lookedUp = false;
        var conditions = search.Filters.Select((filter, i) =>
        {
            if (projection.DetailFilters?.GetValueOrDefault(filter.Field.Name) is { } detail)
            {
                var (condition, indexed) = DetailCondition(dialect, filter, $"@f{i}_", command, projection, detail);
                lookedUp |= indexed;
                return "(" + condition + ")";
            }

            var byId = ById(dialect, filter, $"@f{i}_", command, projection.IdLookups) ?? Indexed(dialect, filter, $"@f{i}_", command, projection);
            lookedUp |= byId is not null;
            return "(" + (byId ?? Condition(dialect, filter, $"@f{i}_", command, Column(dialect, filter, $"@f{i}_", command, projection))) + ")";
        }).ToList();
        byIndex = lookedUp && !search.MatchAny;
        return string.Join(search.MatchAny ? " OR " : " AND ", conditions);
    }

    /// <summary>
    /// The expression a filter compares: the projection's field, or a contact custom field's value (#18;
    /// <see cref="CustomFieldSearch"/>), the empty text for a contact without one.
    /// </summary>
    private static string Column(SqlDialect dialect, CvFilter filter, string prefix, DbCommand command, SqlProjection projection)
    {
        if (!CustomFieldSearch.TryParse(filter.Field.Name, out var fieldId))
        {
            return projection.Expression(dialect, filter.Field.Name);
        }

        command.With(prefix + "cf", dialect.IdValue(fieldId));
        return $"COALESCE((SELECT v.field_value FROM custom_field_values v JOIN entity_custom_fields f ON f.pk = v.field_pk " +
            $"WHERE v.contact_pk = {projection.Key} AND f.account_pk = @a AND f.id = {prefix}cf), '')";
    }

    /// <summary>
    /// A filter on a detail field: the objects one of whose detail rows matches, or, for Not Equal to, Does not Contain
    /// and Excludes, none of whose rows matches the positive filter (so an object without rows matches them, as a field
    /// with no value does). Whether the match goes through an index lookup.
    /// </summary>
    private static (string Condition, bool Indexed) DetailCondition(
        SqlDialect dialect, CvFilter filter, string prefix, DbCommand command, SqlProjection projection, SqlDetailFilter detail)
    {
        var positive = filter.Operator switch
        {
            CvSearchOperator.NotEqualTo => filter with { Operator = CvSearchOperator.EqualTo },
            CvSearchOperator.DoesNotContain => filter with { Operator = CvSearchOperator.Contains },
            CvSearchOperator.Excludes => filter with { Operator = CvSearchOperator.Includes },
            _ => filter,
        };
        var lookups = detail.Lookup is { } lookup ? new Dictionary<string, (string, string)> { [filter.Field.Name] = lookup } : null;
        var byId = ById(dialect, positive, prefix, command, lookups);
        var match = byId ?? Condition(dialect, positive, prefix, command, SqlProjection.Output(dialect, filter.Field, detail.Column));
        var rows = $"SELECT {detail.ParentColumn} FROM {detail.From} WHERE {match}";
        return (ReferenceEquals(positive, filter) ? $"{projection.Key} IN ({rows})" : $"{projection.Key} NOT IN ({rows})", byId is not null && ReferenceEquals(positive, filter));
    }

    internal static string Condition(SqlDialect dialect, CvFilter filter, string prefix, DbCommand command, string column)
    {
        string Bind(int index, object value)
        {
            var name = prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.With(name, value);
            return name;
        }

        if (filter.Field.Type is CvFieldType.String or CvFieldType.Id)
        {
            var folded = dialect.Fold(column);
            string Text(int index, string value) => dialect.Fold(Bind(index, value));
            var first = (string)filter.Values[0]!;
            string List() => string.Join(", ", filter.Values.Select((v, i) => Text(i, (string)v!)));
            return filter.Operator switch
            {
                CvSearchOperator.Contains => $"{folded} LIKE {Text(0, "%" + Escape(first) + "%")} ESCAPE '\\'",
                CvSearchOperator.DoesNotContain => $"{folded} NOT LIKE {Text(0, "%" + Escape(first) + "%")} ESCAPE '\\'",
                CvSearchOperator.StartsWith => $"{folded} LIKE {Text(0, Escape(first) + "%")} ESCAPE '\\'",
                CvSearchOperator.Includes => $"{folded} IN ({List()})",
                CvSearchOperator.Excludes => $"{folded} NOT IN ({List()})",
                _ => $"{folded} {Comparison(filter.Operator)} {Text(0, first)}",
            };
        }

        if (filter.Values[0] is null)
        {
            return filter.Operator == CvSearchOperator.EqualTo ? $"{column} IS NULL" : $"{column} IS NOT NULL";
        }

        if (filter.Field.Type == CvFieldType.DateTime)
        {
            return DateCondition(filter, column, Bind);
        }

        var value = column;
        var values = string.Join(", ", filter.Values.Select((v, i) => Bind(i, Stored(v!))));
        return filter.Operator switch
        {
            CvSearchOperator.NotEqualTo => $"{column} IS NULL OR {value} <> {values}",
            CvSearchOperator.Includes => $"{value} IN ({values})",
            CvSearchOperator.Excludes => $"{column} IS NULL OR {value} NOT IN ({values})",
            _ => $"{value} {Comparison(filter.Operator)} {values}",
        };
    }

    /// <summary>
    /// Equals or Includes on an ID field the projection can look up by index (<see cref="SqlProjection.IdLookups"/>),
    /// every value a GUID: the rows whose key column holds one of the referred rows of those IDs. Null when the filter
    /// is not of that kind; the text comparison then decides, with the same answer (an ID's text is its upper-case GUID).
    /// </summary>
    private static string? ById(
        SqlDialect dialect, CvFilter filter, string prefix, DbCommand command, IReadOnlyDictionary<string, (string KeyColumn, string Target)>? idLookups)
    {
        if (filter.Field.Type != CvFieldType.Id || filter.Operator is not (CvSearchOperator.EqualTo or CvSearchOperator.Includes)
            || idLookups is null || !idLookups.TryGetValue(filter.Field.Name, out var lookup))
        {
            return null;
        }

        var ids = new List<Domain.CventId>();
        foreach (var value in filter.Values)
        {
            if (value is not string text || !Domain.CventId.TryParse(text.Trim(), out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        var names = ids.Select((id, i) =>
        {
            var name = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.With(name, dialect.IdValue(id));
            return name;
        });
        return $"{lookup.KeyColumn} IN (SELECT x.pk FROM {lookup.Target} x WHERE x.account_pk = @a AND x.id IN ({string.Join(", ", names)}))";
    }

    /// <summary>
    /// Dates are stored in milliseconds and compared to the second: a value stands for the range of its second, so a
    /// comparison is one on the stored column itself, which its (account, date) index serves.
    /// </summary>
    private static string DateCondition(CvFilter filter, string column, Func<int, object, string> bind)
    {
        string Second(int i)
        {
            var start = ((DateTimeOffset)filter.Values[i]!).ToUnixTimeSeconds() * 1000;
            return $"{column} >= {bind(2 * i, start)} AND {column} < {bind((2 * i) + 1, start + 1000)}";
        }

        string Start() => bind(0, ((DateTimeOffset)filter.Values[0]!).ToUnixTimeSeconds() * 1000);
        string End() => bind(1, (((DateTimeOffset)filter.Values[0]!).ToUnixTimeSeconds() * 1000) + 1000);
        string Any() => string.Join(" OR ", filter.Values.Select((_, i) => $"({Second(i)})"));
        return filter.Operator switch
        {
            CvSearchOperator.EqualTo => Second(0),
            CvSearchOperator.NotEqualTo => $"{column} IS NULL OR NOT ({Second(0)})",
            CvSearchOperator.LessThan => $"{column} < {Start()}",
            CvSearchOperator.LessThanOrEqualTo => $"{column} < {End()}",
            CvSearchOperator.GreaterThan => $"{column} >= {End()}",
            CvSearchOperator.GreaterThanOrEqualTo => $"{column} >= {Start()}",
            CvSearchOperator.Includes => Any(),
            CvSearchOperator.Excludes => $"{column} IS NULL OR NOT ({Any()})",
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Operator, "Not an operator on dates."),
        };
    }

    private static string Comparison(CvSearchOperator op) => op switch
    {
        CvSearchOperator.EqualTo => "=",
        CvSearchOperator.NotEqualTo => "<>",
        CvSearchOperator.LessThan => "<",
        CvSearchOperator.GreaterThan => ">",
        CvSearchOperator.LessThanOrEqualTo => "<=",
        CvSearchOperator.GreaterThanOrEqualTo => ">=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a comparison."),
    };

    private static object Stored(object value) => value switch
    {
        bool b => b ? 1 : 0,
        DateTimeOffset t => t.ToUnixTimeSeconds(),
        decimal amount => Domain.Money.ToTenThousandths(amount),
        _ => value,
    };

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
