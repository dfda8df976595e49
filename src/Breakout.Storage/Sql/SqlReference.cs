namespace Breakout.Storage.Sql;

/// <summary>
/// A field of an imported object that names another object of the same account (a Speaker's <c>EventId</c>): the
/// import resolves the ID to that row's key and stores it in <paramref name="Column"/>; the projection joins the row
/// as <paramref name="Alias"/> and answers the field with its ID, so derived fields can read the row through the alias.
/// </summary>
/// <param name="Field">The wire field holding the ID.</param>
/// <param name="Column">The key column of the referring table.</param>
/// <param name="Target">The referred table.</param>
/// <param name="Alias">The alias the projection joins the referred table as.</param>
/// <param name="Noun">What the referred row is, for the import's error ("Event 1A… does not exist.").</param>
/// <param name="Required">Whether a row without the field is refused.</param>
/// <param name="Scope">
/// A further condition on the referred row, over alias <c>x</c> (<c>x.kind = 0</c>: an invitee, not a guest); a detail's
/// reference may name its object's key as <c>@p</c> (a response's question is one of its survey's).
/// </param>
internal sealed record SqlReference(string Field, string Column, string Target, string Alias, string Noun, bool Required = true, string? Scope = null)
{
    /// <summary>The referred table's column the field's value names (its <c>id</c>, or a question's <c>code</c>).</summary>
    public string By { get; init; } = "id";

    /// <summary>Why a row naming no such row is refused, <c>{0}</c> standing for the value.</summary>
    public string Unknown { get; init; } = Noun + " {0} does not exist.";

    /// <summary>The LEFT JOIN of the referred row into a projection whose table is <paramref name="owner"/>.</summary>
    public string Join(string owner) => $" LEFT JOIN {Target} {Alias} ON {Alias}.pk = {owner}.{Column}";
}
