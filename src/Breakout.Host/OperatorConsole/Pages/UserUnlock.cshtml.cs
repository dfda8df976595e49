using Breakout.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>Unlocks an API user: GET asks for confirmation, POST (with the antiforgery token) unlocks and logs it.</summary>
internal sealed class UserUnlockModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public ApiUserRecord ApiUser { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string account, string? name, CancellationToken cancellationToken) =>
        await LoadAsync(account, name, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string account, string? name, [FromServices] ConsoleChanges changes, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(account, name, cancellationToken))
        {
            return NotFound();
        }

        await changes.UnlockApiUserAsync(Account, ApiUser, ConsoleUser, cancellationToken);
        return Redirect($"/console/accounts/{Account.AccountNumber}/users?done={Uri.EscapeDataString($"Unlocked API user {ApiUser.UserName}.")}");
    }

    private async Task<bool> LoadAsync(string account, string? name, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken) || string.IsNullOrEmpty(name)
            || await Store.FindApiUserAsync(Account.AccountNumber, name, cancellationToken) is not { } user)
        {
            return false;
        }

        ApiUser = user;
        return true;
    }
}
