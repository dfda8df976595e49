namespace Breakout.Storage;

/// <summary>
/// The per-account counts the accounts page shows (invitees, guests, contacts, logged calls), kept by the store's
/// triggers as the rows are written (migrations 0034 SQLite, 0037 PostgreSQL) and read by
/// <see cref="IAccountAdministration.ListAccountsAsync"/>.
/// </summary>
public interface IAccountCounts
{
    /// <summary>
    /// Folds the rows of differences that writes appended into one row per account, so that reading the counts stays
    /// cheap; the counts read are the same before and after. Answers how many rows it folded. On PostgreSQL several
    /// nodes may fold at once without waiting for each other or for writes; on SQLite each account has one row,
    /// updated in place, and there is nothing to fold (0).
    /// </summary>
    Task<long> FoldAccountCountsAsync(CancellationToken cancellationToken = default);
}
