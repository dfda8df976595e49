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
                    ?? throw new CliException($"Cannot tell what '{Path.GetFileName(path)}' holds: name the kind with --kind events|sessions|contacts|invitees|guests."), warnings),
                _ => throw new CliException($"Cannot import '{path}': the file name must end in .json or .csv."),
            };
        }
        catch (JsonException ex)
        {
            throw new CliException($"'{path}' is not valid JSON: {ex.Message}");
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
            throw new CliException($"'{path}' must hold a JSON object with arrays events, sessions, contacts, invitees and guests.");
        }

        var rows = new List<SourceRow>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!CatalogKinds.TryParse(property.Name, out var kind))
            {
                await warnings.WriteLineAsync($"warning: {Path.GetFileName(path)}: '{property.Name}' is not events, sessions, contacts, invitees or guests; ignored.");
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"'{path}': '{property.Name}' must be an array.");
            }

            var number = 0;
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
            }
        }

        return rows;
    }

    private static async Task<IReadOnlyList<SourceRow>> ReadCsvAsync(string path, CatalogKind kind, TextWriter warnings)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var rows = new List<SourceRow>();
        IReadOnlyList<string>? header = null;
        var number = 0;
        await foreach (var record in Csv.ReadAsync(reader))
        {
            number++;
            if (header is null)
            {
                if (record.Count == 0)
                {
                    continue;
                }

                header = [.. record.Select(h => h.Trim())];
                var unknown = header.Where(h => !RowConverter.Columns(kind).Contains(h, StringComparer.OrdinalIgnoreCase)).ToList();
                if (unknown.Count > 0)
                {
                    await warnings.WriteLineAsync($"warning: {Path.GetFileName(path)}: unknown column(s) {string.Join(", ", unknown)} ignored for {kind.Name()}.");
                }

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

            rows.Add(new SourceRow(kind, number, fields));
        }

        if (header is null)
        {
            throw new CliException($"'{path}' is empty: it needs a header row with column names.");
        }

        return rows;
    }
}
