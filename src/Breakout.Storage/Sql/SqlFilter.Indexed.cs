using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// Filters written so an index answers them (issue #17, the six types served first): an enumeration compared by its
/// ordinals, a text field read from a related row looked up in that row's index, an own text column compared with its
/// <c>IS NOT NULL</c> (so a partial index over the rows that have a value serves it), and a date read through a
/// subquery narrowed to the rows one of whose times is in range (<see cref="SqlKeySource"/>). Each gives the same rows
/// as the plain comparison.
/// </summary>
internal static partial class SqlFilter
{
    /// <summary>The condition, or null where the filter is not of a kind rewritten here.</summary>
    private static string? Indexed(SqlDialect dialect, CvFilter filter, string prefix, DbCommand command, SqlProjection projection)
    {
        var name = filter.Field.Name;
        var positive = filter.Operator is CvSearchOperator.EqualTo or CvSearchOperator.Includes;
        var text = filter.Field.Type is CvFieldType.String or CvFieldType.Id && filter.Values.All(v => v is string { Length: > 0 });
        if (positive && text && projection.Enumerations?.GetValueOrDefault(name) is { Column: not null } enumeration)
        {
            var wanted = filter.Values.Select(v => AsciiLower((string)v!)).ToHashSet(StringComparer.Ordinal);
            var ordinals = enumeration.Names.Select((n, i) => (Name: AsciiLower(n), Ordinal: i.ToString(CultureInfo.InvariantCulture)))
                .Where(n => wanted.Contains(n.Name)).Select(n => n.Ordinal).ToList();
            return ordinals.Count == 0 ? "1 = 0" : $"{enumeration.Column} IN ({string.Join(", ", ordinals)})";
        }

        if (positive && text && Candidates(projection, name, (column, i) =>
            $"{column} IS NOT NULL AND {Condition(dialect, filter, $"{prefix}s{i}_", command, SqlProjection.Output(dialect, filter.Field, column))}") is { } keys)
        {
            return $"{keys} AND ({Condition(dialect, filter, prefix, command, projection.Expression(dialect, name))})";
        }

        if (positive && text && projection.Columns.GetValueOrDefault(name) is { } raw && PlainColumn().IsMatch(raw))
        {
            return $"{raw} IS NOT NULL AND ({Condition(dialect, filter, prefix, command, projection.Expression(dialect, name))})";
        }

        if (filter.Field.Type == CvFieldType.DateTime && filter.Values[0] is not null && filter.Operator is not (CvSearchOperator.NotEqualTo or CvSearchOperator.Excludes))
        {
            var candidates = Candidates(projection, name, (column, i) => DateCondition(filter, column, Binder(command, $"{prefix}t{i}_")));
            return candidates is null ? null : $"{candidates} AND ({Condition(dialect, filter, prefix, command, projection.Expression(dialect, name))})";
        }

        return null;
    }

    /// <summary>
    /// <c>key IN (…)</c>: the rows with one of the values of <paramref name="field"/> (<see cref="SqlProjection.Sources"/>)
    /// meeting <paramref name="condition"/> (given the source's column and position), or null if the field has no sources.
    /// </summary>
    public static string? Candidates(SqlProjection projection, string field, Func<string, int, string> condition) =>
        projection.Sources?.GetValueOrDefault(field) is { } sources
            ? $"{projection.Key} IN ({string.Join(" UNION ALL ", sources.Select((t, i) => $"{t.Select}({condition(t.Column, i)})"))})"
            : null;

    private static Func<int, object, string> Binder(DbCommand command, string prefix) => (index, value) =>
    {
        var name = prefix + index.ToString(CultureInfo.InvariantCulture);
        command.With(name, value);
        return name;
    };

    /// <summary>ASCII letters lower-cased, as <see cref="SqlDialect.Fold"/> folds.</summary>
    private static string AsciiLower(string value) => string.Concat(value.Select(c => char.IsAsciiLetterUpper(c) ? (char)(c + 32) : c));

    [GeneratedRegex("^[a-z]+\\.[a-z_0-9]+$")]
    private static partial Regex PlainColumn();
}
