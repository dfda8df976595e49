using System.CommandLine;
using Breakout.Cli.Output;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout report sessions</c>: how full each session is.</summary>
internal static class ReportCommand
{
    private static readonly Column[] SessionColumns =
    [
        new("eventId", "Event ID", InTable: false), new("eventTitle", "Event"), new("sessionId", "Session ID", InTable: false),
        new("sessionName", "Session"), new("code", "Code"), new("startAt", "Starts"), new("status", "Status"), new("capacity", "Capacity"),
        new("registered", "Registered"), new("waitlisted", "Waitlisted"), new("waitlistCapacity", "Waitlist capacity", InTable: false),
        new("freeSeats", "Free"),
    ];

    public static Command Create(StoreArguments store, CliConsole console)
    {
        var account = new Option<string>("--account") { Description = "Account number to report on.", Required = true, HelpName = "N" };
        var eventOption = new Option<string?>("--event") { Description = "Only the sessions of this event (its ID).", HelpName = "ID" };
        var format = Listing.FormatOption();
        var sessions = new Command("sessions", "Each session's capacity, registered, waitlisted, free seats and status.") { account, eventOption, format };
        sessions.SetAction(async (result, ct) =>
        {
            CventId? only = null;
            if (result.GetValue(eventOption) is { } text)
            {
                only = CventId.TryParse(text, out var parsed) ? parsed : throw new CliException($"--event: '{text}' is not an event ID (a GUID).");
            }

            await using var opened = await store.OpenAsync(result, ct);
            var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
            var rows = await opened.SessionFillAsync(owner.Key, only, ct)
                ?? throw new CliException($"Event {only} does not exist in account {owner.AccountNumber}.");
            await Listing.WriteAsync(console, result.GetValue(format), SessionColumns, rows.Select(s => new object?[]
            {
                s.EventId.ToString(), s.EventTitle, s.SessionId.ToString(), s.Name, s.Code, s.StartAt, Status(s),
                s.Capacity < 0 ? null : s.Capacity, s.Registered, s.EnableWaitlist ? s.Waitlisted : null,
                s.EnableWaitlist && s.WaitlistCapacity >= 0 ? s.WaitlistCapacity : null, s.FreeSeats,
            }), column => SessionColumns[column].Key switch
            {
                "capacity" or "freeSeats" => "unlimited",
                "waitlisted" => "no waitlist",
                _ => "",
            });
            return ExitCodes.Ok;
        });

        return new Command("report", "Reports on the data of an account.") { sessions };
    }

    /// <summary>Open, Full (no seat left; people may still join the waitlist), Closed or Cancelled.</summary>
    private static string Status(SessionFill session) => session.Status switch
    {
        ProductStatus.Cancelled => "Cancelled",
        ProductStatus.ClosedForRegistration => "Closed",
        _ when session.FreeSeats == 0 => "Full",
        _ => "Open",
    };
}
