using Breakout.Domain;
using Breakout.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>An event's sessions with their fill, from the same report as <c>breakout report sessions</c>.</summary>
internal sealed class EventModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public string Title { get; private set; } = "";

    public IReadOnlyList<SessionFill> Sessions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string account, string eventId, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken) || !CventId.TryParse(eventId, out var id))
        {
            return NotFound();
        }

        var sessions = await Store.SessionFillAsync(Account.Key, id, cancellationToken);
        if (sessions is null)
        {
            return NotFound();
        }

        Sessions = sessions;
        Title = sessions.Count > 0
            ? sessions[0].EventTitle
            : (await Store.ListEventsAsync(Account.Key, null, 0, 1000, cancellationToken)).FirstOrDefault(e => e.Id == id)?.Title ?? id.ToString();
        return Page();
    }
}
