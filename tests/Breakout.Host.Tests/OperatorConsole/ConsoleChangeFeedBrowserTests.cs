using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Breakout.Host.Tests.ChangeFeed;
using Microsoft.Playwright;

namespace Breakout.Host.Tests.OperatorConsole;

/// <summary>
/// The console's page of an account's change feed and webhook subscriptions (#21 item 5), in a real browser (chromium
/// through Playwright); screenshots under TestResults/console-screenshots/.
/// </summary>
public sealed partial class ConsoleChangeFeedBrowserTests
{
    [Fact]
    public async Task Operator_SeesTheLatestChanges_PagesBack_SeesADeadWebhook_AndRedeliversItAfterConfirming()
    {
        await using var server = await ConsoleServer.StartAsync(
            [.. FeedApi.Enabled, "--Breakout:ChangeFeed:Webhooks:MaxAttempts=1", "--Breakout:ChangeFeed:Webhooks:PollMilliseconds=100"]);
        using var api = FeedApi.For(server.Endpoint);
        var account = server.Manifest.AccountNumber;
        var url = $"http://127.0.0.1:{ClosedPort()}/hook"; // nothing listens: every attempt fails
        var webhook = await api.JsonAsync(HttpMethod.Post, "webhooks", new { account, url });
        var id = webhook.GetProperty("id").GetString()!;
        var token = await server.LoginAsync();
        var invitees = server.AcceptedInvitees.Take(2).ToArray();
        var results = await server.SessionRegActionAsync(token, "Register", server.Session("WKS").Id, [.. invitees.Select((i, n) => ((string?)i.Id, (string?)null, (string?)$"m{n + 1}"))]);
        Assert.All(results, r => Assert.True(r.Success, r.ErrorDescription));
        while ((await api.JsonAsync(HttpMethod.Get, $"webhooks?account={account}"))[0].GetProperty("state").GetString() != "dead")
        {
            await Task.Delay(100, TestContext.Current.CancellationToken); // the first attempt fails, and one attempt is the most
        }

        await using var chromium = await Chromium.LaunchAsync();
        var page = chromium.Page;
        var root = ConsoleServer.Base(server).ToString().TrimEnd('/');
        await page.GotoAsync($"{root}/console/accounts/{account}");
        await chromium.SignInAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Changes and webhooks" }).ClickAsync();

        var feed = page.GetByRole(AriaRole.Region, new() { Name = "Latest changes, newest first" }).GetByRole(AriaRole.Row);
        await Assertions.Expect(feed).ToHaveCountAsync(51); // a header and a page of 50
        await Assertions.Expect(feed.Nth(1)).ToContainTextAsync("session.registered");
        await Assertions.Expect(feed.Nth(1)).ToContainTextAsync(invitees[1].ConfirmationNumber);
        await Assertions.Expect(feed.Nth(1)).ToContainTextAsync("m2");
        await Assertions.Expect(feed.Nth(2)).ToContainTextAsync(invitees[0].ConfirmationNumber);
        var newest = long.Parse(await feed.Nth(1).GetByRole(AriaRole.Cell).First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var subscription = page.GetByRole(AriaRole.Region, new() { Name = "Webhook subscriptions (1)" }).GetByRole(AriaRole.Row).Filter(new() { HasText = url });
        await Assertions.Expect(subscription).ToContainTextAsync("dead");
        await Assertions.Expect(subscription.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync((newest - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(subscription.GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("2"); // waiting
        await Assertions.Expect(subscription.GetByRole(AriaRole.Cell).Nth(6)).Not.ToHaveTextAsync("—"); // the last error
        await Chromium.ScreenshotAsync(page, "console-changes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Older changes ›" }).ClickAsync();
        await Assertions.Expect(feed.Nth(1).GetByRole(AriaRole.Cell).First).ToHaveTextAsync((newest - 50).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Chromium.ScreenshotAsync(page, "console-changes-older");
        await page.GetByRole(AriaRole.Link, new() { Name = "‹ Newer changes" }).ClickAsync();
        await Assertions.Expect(feed.Nth(1).GetByRole(AriaRole.Cell).First).ToHaveTextAsync(newest.ToString(System.Globalization.CultureInfo.InvariantCulture));

        await subscription.GetByRole(AriaRole.Link, new() { Name = $"Redeliver {url}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Redeliver to {url}?" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Dead after 1 failures in a row")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "console-confirm-redeliver");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, redeliver" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Redelivering to {url} from position {newest - 1}.");
        while ((await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries")).GetArrayLength() < 2)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken); // redelivered: tried again at once
        }

        var attempts = await api.JsonAsync(HttpMethod.Get, $"webhooks/{id}/deliveries");
        Assert.All(attempts.EnumerateArray(), a => Assert.Equal(newest - 1, a.GetProperty("position").GetInt64()));
        await page.GotoAsync($"{root}/console");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "redeliver-webhook" })).ToContainTextAsync(ConsoleServer.UserName);

        // A planner user's change reads like a contact's: what it is, then its ID (on the page that starts at the demo
        // import's first user.created, found through the feed's API).
        var created = await FirstPositionOfAsync(api, account, "user.created");
        await page.GotoAsync($"{root}/console/accounts/{account}/changes?after={created - 1}");
        var user = feed.Filter(new() { HasText = "user.created" }).Last;
        await Assertions.Expect(user.GetByRole(AriaRole.Cell).First).ToHaveTextAsync(created.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(user.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync(UserSubject());
    }

    private static async Task<long> FirstPositionOfAsync(FeedApi api, string account, string type)
    {
        for (long after = 0; ;)
        {
            var page = await api.JsonAsync(HttpMethod.Get, $"changes?account={account}&after={after}&limit=1000");
            foreach (var change in page.GetProperty("changes").EnumerateArray())
            {
                if (change.GetProperty("type").GetString() == type)
                {
                    return change.GetProperty("position").GetInt64();
                }
            }

            Assert.True(page.GetProperty("hasMore").GetBoolean(), $"no {type} in the feed");
            after = page.GetProperty("next").GetInt64();
        }
    }

    [Fact]
    public async Task RedeliverPage_OfAnotherAccountsWebhook_IsNotFound()
    {
        await using var server = await ConsoleServer.StartAsync(FeedApi.Enabled);
        using var client = ConsoleServer.NewClient(server);
        using var signIn = await ConsoleServer.SignInAsync(client);

        using var unknown = await client.GetAsync($"/console/accounts/{server.Manifest.AccountNumber}/webhooks/redeliver?id={Guid.NewGuid()}", TestContext.Current.CancellationToken);
        using var page = await client.GetAsync($"/console/accounts/{server.Manifest.AccountNumber}/changes", TestContext.Current.CancellationToken);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (unknown.StatusCode, page.StatusCode));
        Assert.Matches(NoWebhooks(), await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("^user [0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$")]
    private static partial Regex UserSubject();

    [GeneratedRegex("Webhook subscriptions \\(0\\)")]
    private static partial Regex NoWebhooks();
}
