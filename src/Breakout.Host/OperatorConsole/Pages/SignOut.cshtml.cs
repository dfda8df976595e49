using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>Ends the sign-in (POST only, with the antiforgery token, so a link elsewhere cannot sign the operator out).</summary>
internal sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(ConsoleSetup.PathPrefix);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSetup.Scheme);
        return Redirect(ConsoleSetup.PathPrefix + "/sign-in");
    }
}
