namespace Breakout.Cli.Import;

/// <summary>The kinds of catalogue rows an import accepts, in the order they are applied (parents first).</summary>
internal enum CatalogKind
{
    Events,
    Sessions,
    Contacts,
    Invitees,
    Guests,
}
