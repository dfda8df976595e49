using System.Text.RegularExpressions;
using Breakout.TestSupport;
using Microsoft.Playwright;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// The console in a real browser (chromium through Playwright) against a real host on a loopback port with the demo
/// data in a temp SQLite file. Each page is saved as a screenshot under TestResults/console-screenshots/.
/// </summary>
public sealed class ConsoleBrowserTests
{
    [Fact]
    public async Task Operator_SignsIn_SeesTheFillAfterASessionRegAction_FollowsTheWaitlist_AndRaisesTheCapacity()
    {
        await using var server = await ConsoleServer.StartAsync();
        var workshop = server.Session("WKS");
        var invitees = server.AcceptedInvitees.Take(7).ToArray();
        var token = await server.LoginAsync();
        var results = await server.SessionRegActionAsync(token, "Register", workshop.Id, [.. invitees.Select((i, n) => ((string?)i.Id, (string?)null, (string?)$"m{n + 1}"))]);
        Assert.All(results.Take(5), r => Assert.True(r.Success, r.ErrorDescription));
        Assert.All(results.Skip(5), r => Assert.Equal("BO90203", r.ErrorCode));
        var beforeTheCapacityChange = DateTimeOffset.UtcNow;
        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        var root = ConsoleServer.Base(server).ToString().TrimEnd('/');
        var account = server.Manifest.AccountNumber;

        await page.GotoAsync($"{root}/console/accounts/{account}");
        Assert.StartsWith($"{root}/console/sign-in", page.Url, StringComparison.Ordinal);
        await Chromium.ScreenshotAsync(page, "console-sign-in");
        await chromium.SignInAsync();
        await page.WaitForURLAsync($"{root}/console/accounts/{account}");
        await Chromium.ScreenshotAsync(page, "console-account");

        await page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = account })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "console-accounts");

        await page.GotoAsync($"{root}/console/accounts/{account}");
        await page.GetByRole(AriaRole.Link, new() { Name = server.Conference.Title }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Hands-on Workshop" });
        await Assertions.Expect(row).ToContainTextAsync("5 / 5 full");
        await Assertions.Expect(row).ToContainTextAsync("2 / 3");
        await Assertions.Expect(row).ToContainTextAsync("Open");
        await Chromium.ScreenshotAsync(page, "console-event-sessions");

        await row.GetByRole(AriaRole.Link, new() { Name = "Hands-on Workshop" }).ClickAsync();
        var waitlist = page.GetByRole(AriaRole.Region, new() { Name = "Waitlist, in order (2)" });
        var waitRows = waitlist.GetByRole(AriaRole.Row);
        await Assertions.Expect(waitRows).ToHaveCountAsync(3);
        await Assertions.Expect(waitRows.Nth(1)).ToContainTextAsync(invitees[5].ConfirmationNumber);
        await Assertions.Expect(waitRows.Nth(2)).ToContainTextAsync(invitees[6].ConfirmationNumber);
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Registered (5)" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        await Chromium.ScreenshotAsync(page, "console-session");

        await waitRows.Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        var timeline = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Waitlisted" });
        await Assertions.Expect(timeline).ToContainTextAsync("SessionRegAction");
        await Assertions.Expect(timeline).ToContainTextAsync(server.Manifest.UserName);
        await Assertions.Expect(timeline).ToContainTextAsync("m6");
        await Chromium.ScreenshotAsync(page, "console-invitee-timeline");

        await page.GoBackAsync();
        await page.GetByLabel("Capacity (-1: unlimited)").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change capacity…" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Capacity 5 → 6")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "console-confirm-capacity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, change it" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Capacity 5 → 6");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Waitlist, in order (1)" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(2);

        // History at an instant (issue 21): before the capacity change, five held a seat and two waited, in order.
        await page.GetByLabel("As at").FillAsync(beforeTheCapacityChange.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show the session as at that time" }).ClickAsync();
        var waitedThen = page.GetByRole(AriaRole.Region, new() { Name = "Waitlist then, in order (2)" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(waitedThen).ToHaveCountAsync(3);
        await Assertions.Expect(waitedThen.Nth(1)).ToContainTextAsync(invitees[5].ConfirmationNumber);
        await Assertions.Expect(waitedThen.Nth(2)).ToContainTextAsync(invitees[6].ConfirmationNumber);
        var seatedThen = page.GetByRole(AriaRole.Region, new() { Name = "Registered then (5)" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(seatedThen).ToHaveCountAsync(6);
        foreach (var seated in invitees.Take(5))
        {
            await Assertions.Expect(seatedThen.Filter(new() { HasText = seated.ConfirmationNumber })).ToHaveCountAsync(1);
        }

        await Chromium.ScreenshotAsync(page, "console-session-as-at");

        await page.GotoAsync($"{root}/console/accounts/{account}/invitee?find={invitees[5].ConfirmationNumber}");
        var promoted = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Promoted from the waitlist" });
        await Assertions.Expect(promoted).ToContainTextAsync("UpdateSession");
        await Assertions.Expect(promoted).ToContainTextAsync($"{ConsoleServer.UserName} (console user)");
    }

    [Fact]
    public async Task Operator_UnlocksALockedApiUser_AfterConfirming_AndTheUserCanLogInAgain()
    {
        await using var server = await ConsoleServer.StartAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.False(await LogsInAsync(server, "wrong-password"));
        }

        Assert.False(await LogsInAsync(server, server.Manifest.Password));
        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        var root = ConsoleServer.Base(server).ToString().TrimEnd('/');
        var account = server.Manifest.AccountNumber;

        await page.GotoAsync($"{root}/console/accounts/{account}/users");
        await chromium.SignInAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new Regex("^\\s*" + server.Manifest.UserName + "\\b") });
        await Assertions.Expect(row).ToContainTextAsync("locked");
        await Assertions.Expect(row).ToContainTextAsync("5");
        await Chromium.ScreenshotAsync(page, "console-api-users-locked");

        await row.GetByRole(AriaRole.Link, new() { Name = $"Unlock {server.Manifest.UserName}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Unlock API user {server.Manifest.UserName}?" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "console-confirm-unlock");
        Assert.False(await LogsInAsync(server, server.Manifest.Password));
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, unlock" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Unlocked API user {server.Manifest.UserName}.");
        await Assertions.Expect(row).ToContainTextAsync("active");
        await Chromium.ScreenshotAsync(page, "console-api-users-unlocked");
        Assert.True(await LogsInAsync(server, server.Manifest.Password));
        await page.GotoAsync($"{root}/console");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "unlock-api-user" })).ToContainTextAsync(ConsoleServer.UserName);

        // Which client is failing and why: the account's calls, from the accounts list.
        await page.GetByRole(AriaRole.Link, new() { Name = $"Calls of {account} today" }).ClickAsync();
        var logins = page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new Regex("^\\s*Login\\b") });
        await Assertions.Expect(logins.First).ToContainTextAsync("8");
        var failed = page.GetByRole(AriaRole.Row).Filter(new() { HasTextRegex = new Regex("Login refused") });
        await Assertions.Expect(failed).ToHaveCountAsync(7); // five wrong passwords, then twice the right one while locked out
        await Assertions.Expect(failed.First).ToContainTextAsync("locked out");
        await Assertions.Expect(failed.Last).ToContainTextAsync("wrong password");
        await Chromium.ScreenshotAsync(page, "console-calls");
    }

    private static async Task<bool> LogsInAsync(BreakoutServer server, string password)
    {
        var reply = await server.PostSoap11Async(SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, password), SoapEnvelopes.Action("Login"));
        return (string?)reply.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("LoginSuccess") == "true";
    }
}
