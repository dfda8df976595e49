using System.Collections.Concurrent;
using Breakout.Storage;

namespace Breakout.Host.TestDouble;

/// <summary>
/// Account numbers and API user names of the keys the journal and fault rules hold, read from the store when first
/// needed (admin calls only, never on the SOAP path) and remembered.
/// </summary>
internal sealed class CallerNames(IBreakoutStore store)
{
    private readonly ConcurrentDictionary<long, string> accounts = new();
    private readonly ConcurrentDictionary<long, string> users = new();
    private readonly ConcurrentDictionary<string, long> accountKeys = new(StringComparer.OrdinalIgnoreCase);

    public async ValueTask<long?> AccountKeyAsync(string accountNumber, CancellationToken cancellationToken)
    {
        if (accountKeys.TryGetValue(accountNumber, out var key))
        {
            return key;
        }

        if (await store.FindAccountAsync(accountNumber, cancellationToken) is not { } account)
        {
            return null;
        }

        accounts[account.Key] = account.AccountNumber;
        return accountKeys[accountNumber] = account.Key;
    }

    public async ValueTask<string?> AccountAsync(long? key, CancellationToken cancellationToken)
    {
        if (key is not { } k)
        {
            return null;
        }

        if (!accounts.TryGetValue(k, out _) && store is IAccountAdministration administration)
        {
            foreach (var summary in await administration.ListAccountsAsync(cancellationToken))
            {
                accounts[summary.Account.Key] = summary.Account.AccountNumber;
            }
        }

        return accounts.GetValueOrDefault(k);
    }

    public async ValueTask<string?> ApiUserAsync(long? accountKey, long? userKey, CancellationToken cancellationToken)
    {
        if (userKey is not { } k || accountKey is not { } account)
        {
            return null;
        }

        if (!users.TryGetValue(k, out _) && store is IAccountAdministration administration)
        {
            foreach (var summary in await administration.ListApiUsersAsync(account, cancellationToken))
            {
                users[summary.User.Key] = summary.User.UserName;
            }
        }

        return users.GetValueOrDefault(k);
    }
}
