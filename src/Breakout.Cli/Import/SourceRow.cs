namespace Breakout.Cli.Import;

/// <summary>
/// One row of an import file before conversion: its kind, its number as the user sees it (the CSV record number
/// counting the header as 1, or the 1-based position in a JSON array) and its fields by case-insensitive name.
/// <paramref name="Problem"/> is set when the row could not be read as the file's header says (it is then rejected).
/// </summary>
internal sealed record SourceRow(CatalogKind Kind, int Number, IReadOnlyDictionary<string, string?> Fields, string? Problem = null);
