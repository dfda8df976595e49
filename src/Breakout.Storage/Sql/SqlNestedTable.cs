using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// How the rows of an element nested in a detail row are stored (an <c>AirActual</c>'s <c>FlightDetail</c>s): a
/// <see cref="SqlDetailTable"/> whose parent is the detail row (<c>ParentColumn</c> holds its <c>pk</c>), declared with
/// the outer detail's table. The import names the outer row by its object's ID and the outer detail's key
/// (<see cref="SqlDetailTable.Key"/>), given among <see cref="Import"/>'s fields; a row whose outer row does not exist is
/// refused. The outer row may itself be nested (<paramref name="Within"/>: a travel question's <c>Answer</c>s, inside
/// the question, inside a HotelRequest): then the import names every row of the chain by its key, outermost first.
/// </summary>
/// <param name="Outer">The table of the detail the rows are nested in.</param>
/// <param name="Rows">The nested rows' table: its parent is <paramref name="Outer"/>'s object table, its key the nested rows' own.</param>
/// <param name="Import">What the import takes for a row (<see cref="CvDetailDescriptor.NestedImport(CvDetailDescriptor, string[])"/>).</param>
/// <param name="Within">When <paramref name="Outer"/> is itself nested: its own nested table (whose <c>Rows</c> it is).</param>
internal sealed record SqlNestedTable(SqlDetailTable Outer, SqlDetailTable Rows, CvDetailDescriptor Import, SqlNestedTable? Within = null)
{
    /// <summary>The detail tables from the one under the object down to <see cref="Outer"/>.</summary>
    public IReadOnlyList<SqlDetailTable> Chain => Within is null ? [Outer] : [.. Within.Chain, Outer];

    /// <summary>The fields that name the outer row within its object: each table's key of <see cref="Chain"/>, in turn.</summary>
    public IReadOnlyList<string> OuterKey => [.. Chain.SelectMany(t => t.Key)];

    /// <summary>The outer row's key within its object: <c>@p</c> (the object's key), <c>@k0</c>… (<see cref="OuterKey"/>).</summary>
    public string FindOuter()
    {
        var key = 0;
        return $"SELECT {OuterRows()} WHERE o0.{Chain[0].ParentColumn} = @p" +
            string.Concat(Chain.SelectMany((t, i) => t.Key.Select(k => $" AND o{i}.{SqlNames.SnakeCase(k)} = @k{key++}")));
    }

    /// <summary>Deletes an account's rows, before the outer rows are.</summary>
    public string DeleteAccount() =>
        $"DELETE FROM {Rows.Table} WHERE {Rows.ParentColumn} IN (SELECT {OuterRows()} " +
        $"JOIN {Outer.Parent.Table} p ON p.pk = o0.{Chain[0].ParentColumn} WHERE p.account_pk = @a)";

    /// <summary>The outer rows' keys from <see cref="Chain"/>'s tables, joined outermost (<c>o0</c>) first.</summary>
    private string OuterRows()
    {
        var chain = Chain;
        return $"o{chain.Count - 1}.pk FROM {chain[0].Table} o0" +
            string.Concat(chain.Skip(1).Select((t, i) => $" JOIN {t.Table} o{i + 1} ON o{i + 1}.{t.ParentColumn} = o{i}.pk"));
    }
}
