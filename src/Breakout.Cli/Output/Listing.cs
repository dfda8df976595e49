using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Breakout.Cli.Import;
using Spectre.Console;

namespace Breakout.Cli.Output;

/// <summary>
/// Prints rows in an <see cref="OutputFormat"/>. Cells are strings, numbers, booleans, times or null: JSON keeps their
/// types (null stays null), CSV and the table print them as text (null as empty, or as the table's placeholder).
/// </summary>
internal static class Listing
{
    /// <summary>Width given to tables written to a file or pipe, so that no column is wrapped.</summary>
    private const int PipedTableWidth = 400;

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true };

    public static Option<OutputFormat> FormatOption() => new("--format")
    {
        Description = "Output format: table (default), csv or json.",
        HelpName = "FORMAT",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>Writes the rows; <paramref name="placeholder"/> stands in the table for a null cell of that column.</summary>
    public static async Task WriteAsync(
        CliConsole console, OutputFormat format, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, Func<int, string>? placeholder = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                await console.Out.WriteLineAsync(Csv.Line(columns.Select(c => c.Key)));
                foreach (var row in rows)
                {
                    await console.Out.WriteLineAsync(Csv.Line(row.Select(Text)));
                }

                break;
            case OutputFormat.Json:
                await console.Out.WriteLineAsync(Json(columns, rows));
                break;
            default:
                await WriteTableAsync(console, columns, rows, placeholder ?? (_ => "-"));
                break;
        }
    }

    private static async Task WriteTableAsync(CliConsole console, IReadOnlyList<Column> columns, IEnumerable<object?[]> rows, Func<int, string> placeholder)
    {
        var shown = Enumerable.Range(0, columns.Count).Where(i => columns[i].InTable).ToArray();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var i in shown)
        {
            table.AddColumn(new TableColumn(Markup.Escape(columns[i].Title)).NoWrap());
        }

        foreach (var row in rows)
        {
            table.AddRow([.. shown.Select(i => new Text(row[i] is null ? placeholder(i) : Text(row[i])))]);
        }

        // Rendered as plain text and written without the padding Spectre adds around it, so that the output pastes
        // and compares cleanly; on a terminal it is as wide as the window, elsewhere wide enough to wrap nothing.
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        renderer.Profile.Width = new AnsiConsoleOutput(console.Out).IsTerminal ? Console.WindowWidth : PipedTableWidth;
        renderer.Write(table);
        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)
            .Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l.TrimStart()).ToList();
        var width = lines.Where(l => !IsRule(l)).DefaultIfEmpty("").Max(l => l.Length);
        foreach (var line in lines)
        {
            await console.Out.WriteLineAsync(IsRule(line) ? new string(line[0], width) : line);
        }

        static bool IsRule(string line) => line.All(c => c == '─');
    }

    private static string Json(IReadOnlyList<Column> columns, IEnumerable<object?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    writer.WritePropertyName(columns[i].Key);
                    switch (row[i])
                    {
                        case null:
                            writer.WriteNullValue();
                            break;
                        case int n:
                            writer.WriteNumberValue(n);
                            break;
                        case long n:
                            writer.WriteNumberValue(n);
                            break;
                        case bool b:
                            writer.WriteBooleanValue(b);
                            break;
                        default:
                            writer.WriteStringValue(Text(row[i]));
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Times are UTC, to the second, in ISO 8601; everything else in the invariant culture.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
