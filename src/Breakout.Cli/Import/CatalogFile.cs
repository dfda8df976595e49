using System.Text.Json;

namespace Breakout.Cli.Import;

/// <summary>Reads an import file (JSON or CSV, by extension) into <see cref="SourceRow"/>s.</summary>
internal static class CatalogFile
{
    public static async Task<IReadOnlyList<SourceRow>> ReadAsync(string path, CatalogKind? kind, TextWriter warnings, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"Cannot read '{path}': the file does not exist.");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".json" => await ReadJsonAsync(path, warnings, cancellationToken),
                ".csv" => await ReadCsvAsync(path, kind ?? CatalogKinds.FromFileName(path)
                    ?? throw new CliException($"Cannot tell what '{Path.GetFileName(path)}' holds: name the kind with --kind (one of {CatalogKinds.Names})."), warnings),
                _ => throw new CliException($"Cannot import '{path}': the file name must end in .json or .csv."),
            };
        }
        catch (JsonException ex)
        {
            throw new CliException($"'{path}' is not valid JSON{await WhereAsync(path, ex)}: {Reason(ex)}");
        }
        catch (FormatException ex)
        {
            throw new CliException($"'{path}' is not valid CSV: {ex.Message}");
        }
    }

    private static async Task<IReadOnlyList<SourceRow>> ReadJsonAsync(string path, TextWriter warnings, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new CliException($"'{path}' must hold a JSON object of arrays named by kind ({CatalogKinds.Names}).");
        }

        var rows = new List<SourceRow>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!CatalogKinds.TryParse(property.Name, out var kind))
            {
                await warnings.WriteLineAsync($"warning: {Path.GetFileName(path)}: '{property.Name}' is not a kind ({CatalogKinds.Names}); ignored.");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"'{path}': '{property.Name}' must be an array.");
            }

            var number = 0;
            var unknown = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var element in property.Value.EnumerateArray())
            {
                number++;
                var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                if (element.ValueKind == JsonValueKind.Object)
                {
                    foreach (var field in element.EnumerateObject())
                    {
                        fields[field.Name] = field.Value.ValueKind switch
                        {
                            JsonValueKind.Null => null,
                            JsonValueKind.String => field.Value.GetString(),
                            _ => field.Value.GetRawText(),
                        };
                    }
                }

                // A non-object element keeps no fields and is rejected for its missing id.
                rows.Add(new SourceRow(kind, number, fields));
                unknown.UnionWith(fields.Keys.Where(k => !RowConverter.Columns(kind).Contains(k, StringComparer.OrdinalIgnoreCase)));
            }

            await WarnUnknownAsync(path, kind, unknown, warnings);
        }

        return rows;
    }

    private static async Task<IReadOnlyList<SourceRow>> ReadCsvAsync(string path, CatalogKind kind, TextWriter warnings)
    {
        var name = Path.GetFileName(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var delimiter = Csv.DetectDelimiter(await FirstLineAsync(path));
        if (delimiter != ',')
        {
            await warnings.WriteLineAsync($"note: {name}: the header row has no comma; reading fields separated by {Csv.Describe(delimiter)}.");
        }

        var rows = new List<SourceRow>();
        IReadOnlyList<string>? header = null;
        var number = 0;
        await foreach (var record in Csv.ReadAsync(reader, delimiter))
        {
            number++;
            if (header is null)
            {
                if (record.Count == 0)
                {
                    continue;
                }

                header = [.. record.Select(h => h.Trim())];
                await WarnUnknownAsync(path, kind, header.Where(h => !RowConverter.Columns(kind).Contains(h, StringComparer.OrdinalIgnoreCase)), warnings);
                continue;
            }

            if (record.Count == 0)
            {
                continue;
            }

            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count && i < record.Count; i++)
            {
                fields[header[i]] = record[i];
            }

            // Values past the header's columns mean the row does not line up with it (most often a separator inside
            // a value that is not quoted): importing what lines up would put values in the wrong fields. Trailing
            // empty fields, which some spreadsheets write, are harmless.
            var extra = record.Skip(header.Count).Count(v => v.Length > 0);
            var problem = extra == 0 ? null
                : $"the row has {record.Count} fields but the header has {header.Count} columns; quote values that contain {Csv.Describe(delimiter)}.";
            rows.Add(new SourceRow(kind, number, fields, problem));
        }

        if (header is null)
        {
            throw new CliException($"'{path}' is empty: it needs a header row with column names.");
        }

        return rows;
    }

    /// <summary>Columns (CSV) or properties (JSON) a kind does not have are ignored with one warning per kind and file.</summary>
    private static async Task WarnUnknownAsync(string path, CatalogKind kind, IEnumerable<string> unknown, TextWriter warnings)
    {
        if (unknown.ToList() is { Count: > 0 } names)
        {
            await warnings.WriteLineAsync($"warning: {Path.GetFileName(path)}: unknown column(s) {string.Join(", ", names)} ignored for {kind.Name}.");
        }
    }

    private static async Task<string> FirstLineAsync(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        string? line;
        while ((line = await reader.ReadLineAsync()) is not null && line.Trim().Length == 0)
        {
        }

        return line ?? "";
    }

    /// <summary>" at line L, column C", counted from 1 in characters as an editor shows them; "" when the parser gave no position.</summary>
    private static async Task<string> WhereAsync(string path, JsonException ex)
    {
        if (ex.LineNumber is not { } line || ex.BytePositionInLine is not { } bytes)
        {
            return "";
        }

        // The parser counts bytes; an editor counts characters, which differ past the first non-ASCII one.
        var column = bytes;
        var text = (await File.ReadAllLinesAsync(path)).ElementAtOrDefault((int)line);
        if (text is not null)
        {
            var encoded = System.Text.Encoding.UTF8.GetBytes(text);
            column = System.Text.Encoding.UTF8.GetCharCount(encoded, 0, (int)Math.Min(bytes, encoded.Length));
        }

        return $" at line {line + 1}, column {column + 1}";
    }

    /// <summary>The parser's message without its own position suffix ("LineNumber: 0 | BytePositionInLine: 23.").</summary>
    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }
}
