using Breakout.TestSupport;

namespace Interop.Tests;

/// <summary>Code blocks of a page of docs/, taken as they are written, so a test runs what the page shows.</summary>
public static class DocSnippet
{
    /// <summary>
    /// The first fenced block in <paramref name="language"/> after the text <paramref name="after"/> on the page
    /// <paramref name="page"/> (a path under docs/), without its fences, ending in a newline.
    /// </summary>
    public static string Block(string page, string after, string language)
    {
        var text = File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot, "docs", page)).ReplaceLineEndings("\n");
        var at = text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/{page} no longer has '{after}'.");
        var fence = "\n```" + language + "\n";
        var start = text.IndexOf(fence, at, StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/{page} has no {language} block after '{after}'.");
        start += fence.Length;
        var end = text.IndexOf("\n```\n", start - 1, StringComparison.Ordinal);
        return text[start..(end + 1)];
    }

    /// <summary>
    /// <paramref name="block"/> pointed at <paramref name="endpoint"/>: the page's examples use the default address of
    /// a local Breakout, which must appear in the block.
    /// </summary>
    public static string PointedAt(string block, string endpoint)
    {
        const string DocumentedEndpoint = "http://127.0.0.1:5000/soap/V200611.asmx";
        Assert.Contains(DocumentedEndpoint, block, StringComparison.Ordinal);
        return block.Replace(DocumentedEndpoint, endpoint, StringComparison.Ordinal);
    }
}
