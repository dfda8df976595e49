namespace Breakout.Storage.Sql;

/// <summary>
/// Where Search finds the values of a detail field (Survey's <c>AssociatedEventDetail/EventId</c>): the rows of
/// <paramref name="From"/>, tied to their object by <paramref name="ParentColumn"/> (the object's key), with the
/// field's raw value in <paramref name="Column"/>. An ID field with a <paramref name="Lookup"/> is matched through the
/// referred table's (account, id) index and the detail's index on <c>Lookup.KeyColumn</c>, as
/// <see cref="SqlProjection.IdLookups"/> are.
/// </summary>
internal sealed record SqlDetailFilter(string From, string ParentColumn, string Column, (string KeyColumn, string Target)? Lookup = null);
