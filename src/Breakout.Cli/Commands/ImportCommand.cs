using System.CommandLine;
using Breakout.Cli.Import;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout import</c>: events, sessions, contacts, invitees and guests from JSON or CSV.</summary>
internal static class ImportCommand
{
    /// <summary>At most this many rejected rows are listed; the count is always given.</summary>
    private const int MaxListedErrors = 200;

    public static Command Create(StoreArguments store, CliConsole console)
    {
        var account = new Option<string>("--account") { Description = "Account number to import into.", Required = true, HelpName = "N" };
        var kind = new Option<string?>("--kind")
        {
            Description = "What a CSV file holds: events, sessions, contacts, invitees, guests, or a served type such as speakers (default: from the file name).",
            HelpName = "KIND",
        };
        var file = new Argument<string>("FILE") { Description = "A .json file (object of arrays) or a .csv file (one kind, header row)." };
        var command = new Command("import", "Create or update catalogue rows by ID; bad rows are reported and skipped (exit 2).") { account, kind, file };
        command.SetAction(async (result, ct) =>
        {
            CatalogKind? csvKind = null;
            if (result.GetValue(kind) is { } kindText)
            {
                csvKind = CatalogKinds.TryParse(kindText, out var parsed) ? parsed
                    : throw new CliException($"--kind: '{kindText}' is not one of {CatalogKinds.Names}.");
            }

            var path = result.GetValue(file)!;
            var rows = await CatalogFile.ReadAsync(path, csvKind, console.Error, ct);
            await using var opened = await store.OpenAsync(result, ct);
            var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
            var report = await new CatalogImporter(opened, owner.Key).ImportAsync(rows, console, ct);

            var name = Path.GetFileName(path);
            foreach (var error in report.Errors.OrderBy(e => e.Kind.Order).ThenBy(e => e.Number).Take(MaxListedErrors))
            {
                await console.Error.WriteLineAsync($"{name}: {error.Kind.Name} row {error.Number}: {error.Message}");
            }

            if (report.Errors.Count > MaxListedErrors)
            {
                await console.Error.WriteLineAsync($"… and {report.Errors.Count - MaxListedErrors} more rejected rows.");
            }

            var counts = string.Join(", ", report.Imported.Where(p => p.Value > 0).Select(p => $"{p.Value} {p.Key.Name}"));
            await console.Out.WriteLineAsync(
                $"Imported {report.ImportedTotal} of {rows.Count} rows into account {owner.AccountNumber}{(counts.Length > 0 ? $" ({counts})" : "")}; " +
                $"{report.Errors.Count} rejected.");
            return report.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.RowsRejected;
        });
        return command;
    }
}
