using Breakout.Domain.Objects;

namespace Breakout.Storage.Sql;

/// <summary>
/// How the rows of an element nested in a detail row are stored (an <c>AirActual</c>'s <c>FlightDetail</c>s): a
/// <see cref="SqlDetailTable"/> whose parent is the detail row (<c>ParentColumn</c> holds its <c>pk</c>), declared with
/// the outer detail's table. The import names the outer row by its object's ID and the outer detail's key
/// (<see cref="SqlDetailTable.Key"/>), given among <see cref="Import"/>'s fields; a row whose outer row does not exist is
/// refused.
/// </summary>
/// <param name="Outer">The table of the detail the rows are nested in.</param>
/// <param name="Rows">The nested rows' table: its parent is <paramref name="Outer"/>'s object table, its key the nested rows' own.</param>
/// <param name="Import">What the import takes for a row (<see cref="CvDetailDescriptor.NestedImport"/>).</param>
internal sealed record SqlNestedTable(SqlDetailTable Outer, SqlDetailTable Rows, CvDetailDescriptor Import)
{
    /// <summary>The outer row's key within its object: <c>@p</c> (the object's key), <c>@k0</c>… (the outer key's fields).</summary>
    public string FindOuter() =>
        $"SELECT pk FROM {Outer.Table} WHERE {Outer.ParentColumn} = @p" +
        string.Concat(Outer.Key.Select((k, i) => $" AND {SqlNames.SnakeCase(k)} = @k{i}"));

    /// <summary>Deletes an account's rows, before the outer rows are.</summary>
    public string DeleteAccount() =>
        $"DELETE FROM {Rows.Table} WHERE {Rows.ParentColumn} IN (SELECT o.pk FROM {Outer.Table} o " +
        $"JOIN {Outer.Parent.Table} p ON p.pk = o.{Outer.ParentColumn} WHERE p.account_pk = @a)";
}
