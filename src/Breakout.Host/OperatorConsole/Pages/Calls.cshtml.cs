using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.Storage.Operators;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>
/// Which client is failing and why: an account's API calls of a day by operation and result, and its recent failed
/// calls with their error codes and messages, newest first, paged by the store. Without an account (<c>/console/calls</c>):
/// the calls tied to no account (not XML, an unknown session value).
/// </summary>
internal sealed class CallsModel(IBreakoutStore store, TimeProvider time, ApiQuota quota, CallStatistics statistics) : ConsolePage(store, time)
{
    public IReadOnlyList<OperationCalls> Operations { get; private set; } = [];

    public IReadOnlyList<FailedCall> Failures { get; private set; } = [];

    /// <summary>The key to ask for the next (older) page of failed calls, or null when this is the last.</summary>
    public long? Older { get; private set; }

    public DateOnly Day { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>The account number, or null for the calls tied to no account.</summary>
    public string? AccountNumber { get; private set; }

    /// <summary>The page's own path (with the account, or not).</summary>
    public string PagePath => AccountNumber is null ? "/console/calls" : $"/console/accounts/{AccountNumber}/calls";

    public async Task<IActionResult> OnGetAsync(string? account, string? day, long? before, CancellationToken cancellationToken)
    {
        long? accountKey = null;
        if (account is not null)
        {
            if (!await LoadAccountAsync(account, cancellationToken))
            {
                return NotFound();
            }

            (accountKey, AccountNumber) = (Account.Key, Account.AccountNumber);
        }

        Today = DateOnly.FromDayNumber(quota.DayOf(Now));
        Day = DateOnly.TryParseExact(day, "yyyy-MM-dd", out var asked) && asked <= Today ? asked : Today;

        // This node's calls of the last second are written first, so the page shows every call it has answered.
        await statistics.FlushAsync(cancellationToken);
        var counts = await Store.ListCallCountsAsync(accountKey, Day.DayNumber, cancellationToken);
        Operations = [.. counts.GroupBy(c => c.Operation).Select(g => new OperationCalls(g.Key, [.. g]))];
        var failures = await Store.ListFailedCallsAsync(accountKey, before ?? long.MaxValue, PageSize + 1, cancellationToken);
        Failures = [.. failures.Take(PageSize)];
        Older = failures.Count > PageSize ? Failures[^1].Key : null;
        return Page();
    }

    /// <summary>One operation's calls of the day by result; faults by code.</summary>
    public sealed record OperationCalls(string Operation, IReadOnlyList<CallCount> Counts)
    {
        public long Total => Counts.Sum(c => c.Calls);

        public long Of(string result) => Counts.Where(c => c.Result == result).Sum(c => c.Calls);

        public IEnumerable<CallCount> Faults => Counts.Where(c => c.Result == "fault").OrderByDescending(c => c.Calls);
    }
}
