namespace Breakout.Cli.Import;

/// <summary>What an import did: rows imported per kind, and every rejected row.</summary>
internal sealed class ImportReport
{
    public Dictionary<CatalogKind, int> Imported { get; } = CatalogKinds.All.ToDictionary(k => k, _ => 0);

    public List<RowError> Errors { get; } = [];

    public int ImportedTotal => Imported.Values.Sum();
}
