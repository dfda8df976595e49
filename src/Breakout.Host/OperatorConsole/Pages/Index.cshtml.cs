using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.Storage.Operators;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>Every account with what it holds and today's API call count, and the console's latest changes.</summary>
internal sealed class IndexModel(IBreakoutStore store, TimeProvider time, ApiQuota quota) : ConsolePage(store, time)
{
    public sealed record AccountRow(AccountSummary Summary, long CallsToday);

    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    public IReadOnlyList<ConsoleAction> Changes { get; private set; } = [];

    public string QuotaZone => quota.TimeZone.Id;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var day = quota.DayOf(Now);
        var rows = new List<AccountRow>();
        foreach (var summary in await Store.ListAccountsAsync(cancellationToken))
        {
            rows.Add(new AccountRow(summary, await Store.GetApiCallsAsync(summary.Account.Key, day, cancellationToken)));
        }

        Accounts = rows;
        Changes = await Store.RecentConsoleActionsAsync(10, cancellationToken);
    }
}
