using Microsoft.Playwright;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// Debian's chromium driven by Playwright through its executable path (Playwright's own browser builds cannot be
/// downloaded here). Without it the browser tests skip with the reason, except under CI=true, where they fail.
/// </summary>
internal sealed class Chromium(IPlaywright playwright, IBrowser browser, IPage page) : IAsyncDisposable
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>A page of its own, 1280 by 800.</summary>
    public IPage Page { get; } = page;

    /// <summary>Fills and sends the sign-in form the page shows.</summary>
    public async Task SignInAsync()
    {
        await Page.GetByLabel("User name").FillAsync(ConsoleServer.UserName);
        await Page.GetByLabel("Password").FillAsync(ConsoleServer.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!File.Exists(Path))
        {
            const string Reason = "chromium is missing: apt-get install -y chromium (or source .ci/setup-chromium.sh)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail("CI must run the console's browser tests, but " + Reason);
            }

            Assert.Skip(Reason);
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        return new Chromium(playwright, browser, page);
    }

    /// <summary>Saves a full-page screenshot as TestResults/console-screenshots/NAME.png (kept by CI as an artifact).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = System.IO.Path.Combine(Breakout.TestSupport.SharedFiles.RepositoryRoot, "TestResults", "console-screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
