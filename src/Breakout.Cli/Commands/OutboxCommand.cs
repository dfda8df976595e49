using System.CommandLine;
using Breakout.Cli.Output;
using Breakout.Domain.Email;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout outbox list</c>: the e-mails SendEmail queued, and what became of each.</summary>
internal static class OutboxCommand
{
    private const int DefaultLimit = 100;

    private static readonly Column[] Columns =
    [
        new("id", "ID"), new("account", "Account", InTable: false), new("eventId", "Event ID", InTable: false), new("inviteeId", "Invitee ID", InTable: false),
        new("to", "To"), new("subject", "Subject"), new("template", "Template", InTable: false), new("status", "Status"), new("attempts", "Attempts"),
        new("queuedAt", "Queued"), new("sentAt", "Sent"), new("nextAttemptAt", "Next attempt", InTable: false), new("lastError", "Last error"),
    ];

    public static Command Create(StoreArguments store, CliConsole console)
    {
        var account = new Option<string?>("--account") { Description = "Only this account's e-mails (its account number).", HelpName = "N" };
        var status = new Option<OutboxStatus?>("--status") { Description = "Only e-mails in this state: Queued, Sent or Failed.", HelpName = "STATUS" };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", HelpName = "N", DefaultValueFactory = _ => DefaultLimit };
        var format = Listing.FormatOption();
        var list = new Command("list", "The e-mails SendEmail queued, newest first: recipient, subject, status, attempts, the last delivery error.")
        {
            account, status, limit, format,
        };
        list.SetAction(async (result, ct) =>
        {
            if (result.GetValue(limit) < 1)
            {
                throw new CliException("--limit must be at least 1.");
            }

            await using var opened = await store.OpenAsync(result, ct);
            long? accountKey = result.GetValue(account) is { } number
                ? (await StoreArguments.RequireAccountAsync(opened, number.Trim(), ct)).Key
                : null;
            var entries = await opened.ListOutboxAsync(accountKey, result.GetValue(status), result.GetValue(limit), ct);
            await Listing.WriteAsync(console, result.GetValue(format), Columns, entries.Select(e => new object?[]
            {
                e.Id, e.AccountNumber, e.EventId, e.InviteeId, e.ToAddress, e.Subject, e.Template, e.Status.ToString(), e.Attempts, e.QueuedAt, e.SentAt,
                e.NextAttemptAt, e.LastError,
            }));
            return ExitCodes.Ok;
        });

        return new Command("outbox", "The e-mails SendEmail queued (delivered through Breakout:Smtp when a relay is configured).") { list };
    }
}
