using Breakout.Domain;
using Breakout.Storage;
using Breakout.Storage.Operators;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>A session: fill, who holds its seats (paged by key) and its waitlist in order (paged by position).</summary>
internal sealed class SessionModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public SessionFill Session { get; private set; } = null!;

    public IReadOnlyList<SessionPlace> Seats { get; private set; } = [];

    public IReadOnlyList<SessionPlace> Waitlist { get; private set; } = [];

    public long SeatsAfter { get; private set; }

    public long? NextSeatsAfter { get; private set; }

    public int WaitlistAfter { get; private set; }

    public int? NextWaitlistAfter { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string account, string sessionId, long after, int waitlistAfter, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken) || !CventId.TryParse(sessionId, out var id)
            || await Store.FindSessionFillAsync(Account.Key, id, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        (Session, SeatsAfter, WaitlistAfter) = (session, Math.Max(0, after), Math.Max(0, waitlistAfter));
        var seats = await Store.ListSeatsAsync(Account.Key, id, SeatsAfter, PageSize + 1, cancellationToken);
        Seats = [.. seats.Take(PageSize)];
        NextSeatsAfter = seats.Count > PageSize ? Seats[^1].Key : null;
        var waitlist = await Store.ListWaitlistAsync(Account.Key, id, WaitlistAfter, PageSize + 1, cancellationToken);
        Waitlist = [.. waitlist.Take(PageSize)];
        NextWaitlistAfter = waitlist.Count > PageSize ? Waitlist[^1].Position : null;
        Done = done;
        return Page();
    }
}
