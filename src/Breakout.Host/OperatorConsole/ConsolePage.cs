using Breakout.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Breakout.Host.OperatorConsole;

/// <summary>What every console page has: the store, the clock and the account named in the URL.</summary>
internal abstract class ConsolePage(IBreakoutStore store, TimeProvider time) : PageModel
{
    /// <summary>Rows on one page of a list.</summary>
    public const int PageSize = 50;

    protected IBreakoutStore Store { get; } = store;

    public DateTimeOffset Now => time.GetUtcNow();

    public AccountRecord Account { get; private set; } = null!;

    /// <summary>The console user's name, as the log records it.</summary>
    protected string ConsoleUser => User.Identity?.Name ?? "?";

    /// <summary>Loads the account of the <c>{account}</c> route value; false (answer 404) when there is none.</summary>
    protected async Task<bool> LoadAccountAsync(string account, CancellationToken cancellationToken)
    {
        var found = await Store.FindAccountAsync(account, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Account = found;
        ViewData["Account"] = found.AccountNumber;
        return true;
    }
}
