using Breakout.Domain;
using Breakout.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>
/// A session as it was at a past instant: who held a seat and who waited in what order, rebuilt from the registration
/// history by the store method that <c>breakout export registrations --at</c> uses (docs/history.md). The replay
/// gives the session's whole lists; the page shows them a page at a time.
/// </summary>
internal sealed class SessionAtModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public SessionFill Session { get; private set; } = null!;

    /// <summary>The time as typed (or now, when none was given), for the form.</summary>
    public string AtText { get; private set; } = "";

    /// <summary>The instant shown; null when <see cref="AtText"/> names none.</summary>
    public DateTimeOffset? At { get; private set; }

    public IReadOnlyList<RegistrationRow> Seats { get; private set; } = [];

    public IReadOnlyList<RegistrationRow> Waitlist { get; private set; } = [];

    public int SeatCount { get; private set; }

    public int WaitlistCount { get; private set; }

    public int SeatsFrom { get; private set; }

    public int WaitlistFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(string account, string sessionId, string? at, int seatsFrom, int waitlistFrom, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken) || !CventId.TryParse(sessionId, out var id)
            || await Store.FindSessionFillAsync(Account.Key, id, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        AtText = string.IsNullOrWhiteSpace(at) ? Iso(Now) : at.Trim();
        if (!ZonedInstant.TryParse(AtText, out var instant))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        At = instant;
        var rows = await ((IRegistrationHistory)Store).ExportRegistrationsAtAsync(Account.Key, instant, id, cancellationToken).ToListAsync(cancellationToken);
        var seats = rows.Where(r => r.WaitlistPosition is null).ToList();
        var waiting = rows.Where(r => r.WaitlistPosition is not null).ToList();
        (SeatCount, WaitlistCount) = (seats.Count, waiting.Count);
        (SeatsFrom, WaitlistFrom) = (Math.Clamp(seatsFrom, 0, seats.Count), Math.Clamp(waitlistFrom, 0, waiting.Count));
        Seats = [.. seats.Skip(SeatsFrom).Take(PageSize)];
        Waitlist = [.. waiting.Skip(WaitlistFrom).Take(PageSize)];
        return Page();
    }

    /// <summary>The form's value for an instant: ISO 8601 in UTC, to the millisecond.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The query string of another page of the same view.</summary>
    public string PageLink(int seatsFrom, int waitlistFrom) =>
        $"?at={Uri.EscapeDataString(AtText)}&seatsFrom={seatsFrom}&waitlistFrom={waitlistFrom}";
}
