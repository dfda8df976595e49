namespace Breakout.Cli.Import;

/// <summary>Names of <see cref="CatalogKind"/> on the command line, in files, and in the store's error reports.</summary>
internal static class CatalogKinds
{
    public static IReadOnlyList<CatalogKind> All { get; } = Enum.GetValues<CatalogKind>();

    /// <summary>Plural lower-case name, as in <c>--kind</c>, JSON array names and file names.</summary>
    public static string Name(this CatalogKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The singular the store uses in <see cref="Storage.ImportRowError.Kind"/>.</summary>
    public static string StoreName(this CatalogKind kind) => kind.Name()[..^1];

    public static bool TryParse(string? text, out CatalogKind kind)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text?.Trim(), candidate.Name(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text?.Trim(), candidate.StoreName(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The one kind whose name the file name contains (<c>sessions.csv</c>, <c>2027-invitees.csv</c>), if exactly one does.</summary>
    public static CatalogKind? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var matches = All.Where(k => name.Contains(k.StoreName(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
