using System.CommandLine;
using System.Globalization;
using Breakout.Cli.Import;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout export registrations</c>: every seat and waitlist place of an account, as CSV.</summary>
internal static class ExportCommand
{
    private static readonly string[] Header =
        ["eventId", "sessionId", "sessionName", "registrantId", "registrantKind", "confirmationNumber", "firstName", "lastName", "placement", "waitlistPosition", "at"];

    public static Command Create(StoreArguments store, CliConsole console)
    {
        var account = new Option<string>("--account") { Description = "Account number to export.", Required = true, HelpName = "N" };
        var output = new Option<string?>("--out") { Description = "CSV file to write (default: stdout).", HelpName = "FILE" };
        var at = new Option<string?>("--at")
        {
            Description = "Export them as they were at this instant (ISO 8601 with a time zone, e.g. 2027-06-01T12:00:00Z), rebuilt from the registration history.",
            HelpName = "TIME",
        };
        var registrations = new Command("registrations", "Export session registrations and waitlist places as CSV.") { account, output, at };
        registrations.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
            var instant = result.GetValue(at) is { } text ? ParseInstant(text) : (DateTimeOffset?)null;
            var source = instant is { } when
                ? ((IRegistrationHistory)opened).ExportRegistrationsAtAsync(owner.Key, when, ct)
                : opened.ExportRegistrationsAsync(owner.Key, ct);
            var path = result.GetValue(output);
            var writer = path is null ? console.Out : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
            var count = 0;
            try
            {
                await writer.WriteLineAsync(Csv.Line(Header));
                await foreach (var row in source)
                {
                    await writer.WriteLineAsync(Csv.Line(
                    [
                        row.EventId, row.SessionId, row.SessionName, row.RegistrantId, row.RegistrantKind, row.ConfirmationNumber,
                        row.FirstName, row.LastName, row.Placement, row.WaitlistPosition?.ToString(CultureInfo.InvariantCulture) ?? "",
                        row.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                    ]));
                    count++;
                }
            }
            finally
            {
                if (path is not null)
                {
                    await writer.DisposeAsync();
                }
                else
                {
                    await writer.FlushAsync(ct);
                }
            }

            if (path is not null)
            {
                var asOf = instant is { } asOfTime ? $" as of {asOfTime.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}" : "";
                await console.Out.WriteLineAsync($"Exported {count} registrations of account {owner.AccountNumber}{asOf} to {path}.");
            }

            return ExitCodes.Ok;
        });

        return new Command("export", "Export data as CSV.") { registrations };
    }

    private static DateTimeOffset ParseInstant(string text) =>
        ZonedInstant.TryParse(text, out var instant)
            ? instant
            : throw new CliException($"--at '{text}' is not an ISO 8601 instant with a time zone, e.g. {ZonedInstant.Example}.");
}
