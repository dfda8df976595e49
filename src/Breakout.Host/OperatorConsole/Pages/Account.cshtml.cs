using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.Storage.Operators;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>An account: its events (filtered by title and paged by the store), today's API calls, a search for an invitee.</summary>
internal sealed class AccountModel(IBreakoutStore store, TimeProvider time, ApiQuota quota) : ConsolePage(store, time)
{
    public IReadOnlyList<EventListing> Events { get; private set; } = [];

    public long CallsToday { get; private set; }

    public string? Q { get; private set; }

    public int PageNumber { get; private set; }

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(string account, string? q, int page, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken))
        {
            return NotFound();
        }

        (Q, PageNumber) = (q?.Trim(), Math.Max(1, page));
        // One row more than shown says whether there is a next page.
        var events = await Store.ListEventsAsync(Account.Key, Q, (PageNumber - 1) * PageSize, PageSize + 1, cancellationToken);
        (Events, HasMore) = ([.. events.Take(PageSize)], events.Count > PageSize);
        CallsToday = await Store.GetApiCallsAsync(Account.Key, quota.DayOf(Now), cancellationToken);
        return Page();
    }
}
