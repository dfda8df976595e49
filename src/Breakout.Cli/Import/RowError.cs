namespace Breakout.Cli.Import;

/// <summary>A rejected row of an import file, and why.</summary>
internal sealed record RowError(CatalogKind Kind, int Number, string Message);
