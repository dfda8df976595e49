using Microsoft.Playwright;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// Debian's chromium driven by Playwright through its executable path (Playwright's own browser builds cannot be
/// downloaded here). Without it the browser tests skip with the reason, except under CI=true, where they fail.
/// </summary>
internal static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
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
        return (playwright, browser);
    }

    /// <summary>Saves a full-page screenshot as TestResults/console-screenshots/NAME.png (kept by CI as an artifact).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = System.IO.Path.Combine(Breakout.Testing.SharedFiles.RepositoryRoot, "TestResults", "console-screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
