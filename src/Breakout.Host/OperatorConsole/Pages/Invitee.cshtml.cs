using Breakout.Storage;
using Breakout.Storage.Operators;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>An invitee's (or guest's) session history from the audit log: what, when, by which call, API user and item.</summary>
internal sealed class InviteeModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public string Find { get; private set; } = "";

    public RegistrantListing? Registrant { get; private set; }

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string account, string? find, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken))
        {
            return NotFound();
        }

        Find = find?.Trim() ?? "";
        Registrant = Find.Length == 0 ? null : await Store.FindRegistrantAsync(Account.Key, Find, cancellationToken);
        if (Registrant is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Timeline = await Store.RegistrantTimelineAsync(Account.Key, Registrant.Id, cancellationToken);
        return Page();
    }

    public static string Describe(TimelineAction action) => action switch
    {
        TimelineAction.Registered => "Registered",
        TimelineAction.Unregistered => "Unregistered",
        TimelineAction.Waitlisted => "Waitlisted",
        TimelineAction.LeftWaitlist => "Left the waitlist",
        TimelineAction.Promoted => "Promoted from the waitlist",
        _ => action.ToString(),
    };
}
