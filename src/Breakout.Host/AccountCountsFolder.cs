using Breakout.Storage;

namespace Breakout.Host;

/// <summary>
/// Folds the accounts page's kept counts every second of <paramref name="time"/> (<see cref="IAccountCounts"/>; a read
/// when there is nothing to fold, and nothing at all on SQLite). Every node folds; the counts read are exact whether or
/// not a fold has run, so a failed fold only leaves more rows for the next.
/// </summary>
internal sealed class AccountCountsFolder(IBreakoutStore store, TimeProvider time, ILogger<AccountCountsFolder> logger) : PeriodicFlusher(time, logger)
{
    protected override string What => "the fold of the accounts' kept counts";

    protected override Task FlushCoreAsync(CancellationToken cancellationToken) => store.FoldAccountCountsAsync(cancellationToken);
}
