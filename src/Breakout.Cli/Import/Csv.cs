using System.Text;

namespace Breakout.Cli.Import;

/// <summary>RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
internal static class Csv
{
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Escape));

    public static string Escape(string field) =>
        field.IndexOfAny(NeedsQuotes) >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
            ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : field;

    /// <summary>Separators a CSV file may use instead of a comma (spreadsheets in many locales write semicolons).</summary>
    private static readonly char[] OtherDelimiters = [';', '\t', '|'];

    /// <summary>
    /// The separator of a file whose first line is <paramref name="headerLine"/>: a comma if it has one outside quotes,
    /// else the most frequent of semicolon, tab and bar, else a comma (a file of one column).
    /// </summary>
    public static char DetectDelimiter(string headerLine)
    {
        var counts = new Dictionary<char, int>();
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == ',' || OtherDelimiters.Contains(c)))
            {
                counts[c] = counts.GetValueOrDefault(c) + 1;
            }
        }

        return counts.ContainsKey(',') || counts.Count == 0 ? ',' : counts.MaxBy(p => p.Value).Key;
    }

    /// <summary>A separator as people name it in a message.</summary>
    public static string Describe(char delimiter) => delimiter switch
    {
        ',' => "commas",
        ';' => "semicolons",
        '\t' => "tabs",
        '|' => "bars (|)",
        _ => $"'{delimiter}'",
    };

    /// <summary>Reads records one by one; a quote that is never closed is a format error.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<string>> ReadAsync(TextReader reader, char delimiter = ',')
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var afterQuote = false;
        var any = false;
        var buffer = new char[8192];
        int read;
        var pendingCr = false;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (pendingCr)
                {
                    pendingCr = false;
                    if (c == '\n')
                    {
                        continue;
                    }
                }

                if (quoted)
                {
                    if (c == '"')
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                    else
                    {
                        field.Append(c);
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' when afterQuote:
                        // A doubled quote inside a quoted field.
                        field.Append('"');
                        quoted = true;
                        afterQuote = false;
                        break;
                    case '"' when field.Length == 0:
                        quoted = true;
                        any = true;
                        break;
                    case var d when d == delimiter:
                        fields.Add(field.ToString());
                        field.Clear();
                        afterQuote = false;
                        any = true;
                        break;
                    case '\r' or '\n':
                        pendingCr = c == '\r';
                        if (any || field.Length > 0)
                        {
                            fields.Add(field.ToString());
                            yield return fields;
                        }
                        else
                        {
                            // A blank line still counts, so record numbers match what an editor shows.
                            yield return [];
                        }

                        fields = [];
                        field.Clear();
                        afterQuote = false;
                        any = false;
                        break;
                    default:
                        field.Append(c);
                        afterQuote = false;
                        any = true;
                        break;
                }
            }
        }

        if (quoted)
        {
            throw new FormatException("A quoted field is not closed before the end of the file.");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
