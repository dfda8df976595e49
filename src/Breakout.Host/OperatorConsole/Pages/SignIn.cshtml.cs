using System.Security.Claims;
using Breakout.Domain.Access;
using Breakout.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>
/// Console sign-in: a console user's password, with the API users' lockout policy (the same count and duration). The
/// answer never says whether the name exists; while locked out it says so, as Login does.
/// </summary>
internal sealed class SignInModel(IBreakoutStore store, TimeProvider time, LoginPolicy policy) : ConsolePage(store, time)
{
    public string? Error { get; private set; }

    public string UserName { get; private set; } = "";

    public string ReturnUrl { get; private set; } = ConsoleSetup.PathPrefix;

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        (UserName, ReturnUrl) = ((userName ?? "").Trim(), SafeReturn(returnUrl));
        var user = UserName.Length == 0 ? null : await Store.FindConsoleUserAsync(UserName, cancellationToken);
        if (user is not null && user.LockedUntil > Now)
        {
            Error = "This console user is locked out after too many failed sign-ins. Wait, or run: breakout console-user unlock --name " + user.UserName;
            return Page();
        }

        if (user is null || string.IsNullOrEmpty(password) || !PasswordHash.Verify(password, user.PasswordHash))
        {
            if (user is not null)
            {
                await Store.RecordConsoleSignInFailureAsync(user.Key, policy, cancellationToken);
            }

            Error = "The user name or password is wrong.";
            return Page();
        }

        await Store.RecordConsoleSignInAsync(user.Key, cancellationToken);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.UserName)], ConsoleSetup.Scheme);
        await HttpContext.SignInAsync(ConsoleSetup.Scheme, new ClaimsPrincipal(identity));
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Only a path inside the console, so the form cannot be used to redirect elsewhere.</summary>
    private static string SafeReturn(string? returnUrl) =>
        returnUrl is { } url && url.StartsWith(ConsoleSetup.PathPrefix, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : ConsoleSetup.PathPrefix;
}
