using Breakout.Storage;
using Spectre.Console;

namespace Breakout.Cli.Import;

/// <summary>
/// Converts rows and hands them to the store in chunks, so a large file neither becomes one huge transaction nor
/// blocks other writers for long. Chunks follow the kinds' order (events first), so a row may refer to a parent
/// that appears earlier in the same file. The store upserts by ID, so importing a file again changes nothing.
/// </summary>
internal sealed class CatalogImporter(IBreakoutStore store, long accountKey, int chunkSize = CatalogImporter.DefaultChunkSize)
{
    public const int DefaultChunkSize = 1000;

    /// <summary>Files with more rows than this get a progress bar.</summary>
    public const int ProgressThreshold = 2 * DefaultChunkSize;

    public async Task<ImportReport> ImportAsync(IReadOnlyList<SourceRow> rows, CliConsole console, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var ordered = rows.OrderBy(r => r.Kind.Order).ThenBy(r => r.Number).ToList();
        if (ordered.Count <= ProgressThreshold)
        {
            await ImportChunksAsync(ordered, report, _ => { }, cancellationToken);
            return report;
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Interactive = console.ErrorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = console.ErrorIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        await terminal.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Importing {ordered.Count:N0} rows", maxValue: ordered.Count);
                await ImportChunksAsync(ordered, report, done => task.Increment(done), cancellationToken);
            });
        return report;
    }

    private async Task ImportChunksAsync(List<SourceRow> rows, ImportReport report, Action<int> progress, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Chunk(chunkSize))
        {
            await ImportChunkAsync(chunk, report, cancellationToken);
            progress(chunk.Length);
        }
    }

    private async Task ImportChunkAsync(SourceRow[] chunk, ImportReport report, CancellationToken cancellationToken)
    {
        var records = CatalogKinds.All.ToDictionary(k => k, _ => new List<object>());
        // The store reports a rejected row by kind and ID; this finds the row numbers behind it.
        var rowsById = new Dictionary<(string Kind, string Id), List<SourceRow>>();
        foreach (var row in chunk)
        {
            if (row.Problem is not null)
            {
                report.Errors.Add(new RowError(row.Kind, row.Number, row.Problem));
                continue;
            }

            if (RowConverter.Convert(row, out var error) is not { } record)
            {
                report.Errors.Add(new RowError(row.Kind, row.Number, error!));
                continue;
            }

            records[row.Kind].Add(record);
            var key = (row.Kind.StoreName, RowConverter.KeyOf(record));
            if (!rowsById.TryGetValue(key, out var same))
            {
                rowsById[key] = same = [];
            }

            same.Add(row);
        }

        var batch = new CatalogBatch
        {
            Events = [.. records[CatalogKind.Events].Cast<EventRecord>()],
            Sessions = [.. records[CatalogKind.Sessions].Cast<SessionRecord>()],
            Contacts = [.. records[CatalogKind.Contacts].Cast<ContactRecord>()],
            Invitees = [.. records[CatalogKind.Invitees].Cast<InviteeRecord>()],
            Guests = [.. records[CatalogKind.Guests].Cast<GuestRecord>()],
            RegistrationTypes = [.. records[CatalogKind.RegistrationTypes].Cast<RegistrationTypeRecord>()],
            Objects = [.. records.Values.SelectMany(r => r).OfType<CvObjectRow>()],
            Details = [.. records.Values.SelectMany(r => r).OfType<CvDetailRow>()],
        };
        if (batch.Count == 0)
        {
            return;
        }

        var rejected = new HashSet<SourceRow>();
        foreach (var error in await store.ImportAsync(accountKey, batch, cancellationToken))
        {
            if (rowsById.TryGetValue((error.Kind, error.Id), out var same))
            {
                foreach (var row in same.Where(rejected.Add))
                {
                    report.Errors.Add(new RowError(row.Kind, row.Number, error.Message));
                }
            }
        }

        foreach (var row in rowsById.Values.SelectMany(r => r).Where(r => !rejected.Contains(r)))
        {
            report.Imported[row.Kind]++;
        }
    }
}
