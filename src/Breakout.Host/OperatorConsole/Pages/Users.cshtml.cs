using Breakout.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>An account's API users: status, lockout, last login, allow-list; locked users can be unlocked.</summary>
internal sealed class UsersModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public IReadOnlyList<ApiUserSummary> Users { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string account, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken))
        {
            return NotFound();
        }

        Users = await Store.ListApiUsersAsync(Account.Key, cancellationToken);
        Done = done;
        return Page();
    }

    public static string Status(ApiUserRecord user, DateTimeOffset now) =>
        !user.Active ? "disabled" : user.LockedUntil > now ? "locked" : "active";
}
