using System.Globalization;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Cli.Tests;

public sealed class WebhookCommandTests
{
    [Fact]
    public async Task WebhookAdd_PrintsIdAndSecret_ListShowsIt_RedeliverRewinds_LogAndRemoveWork()
    {
        using var db = new TempDatabase();
        Assert.Equal(0, (await db.RunAsync("account", "create", "--number", "HOOKS", "--name", "Hooks")).ExitCode);

        var add = await db.RunAsync("webhook", "add", "--account", "HOOKS", "--url", "https://hooks.example.com/breakout");

        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Matches("Signing secret \\(shown only now\\): whsec_[A-Za-z0-9+/=]{44}", add.Out);
        await using (var store = await db.OpenStoreAsync())
        {
            var webhook = Assert.Single(await store.ListWebhooksAsync(null, TestContext.Current.CancellationToken));
            Assert.Contains(webhook.Id.ToString(), add.Out, StringComparison.Ordinal);
            Assert.Contains(webhook.Secret, add.Out, StringComparison.Ordinal);
            var id = webhook.Id.ToString();

            var list = await db.RunAsync("webhook", "list", "--account", "HOOKS", "--format", "json");
            var redeliver = await db.RunAsync("webhook", "redeliver", id, "--after", "0");
            var log = await db.RunAsync("webhook", "log", id, "--format", "csv");
            var remove = await db.RunAsync("webhook", "remove", id);
            var again = await db.RunAsync("webhook", "remove", id);

            Assert.True(list.ExitCode == 0, list.ToString());
            Assert.Contains("https://hooks.example.com/breakout", list.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(webhook.Secret, list.Out, StringComparison.Ordinal);
            Assert.True(redeliver.ExitCode == 0, redeliver.ToString());
            Assert.True(log.ExitCode == 0, log.ToString());
            Assert.StartsWith("position,attempt,at,status,delivered,error", log.Out, StringComparison.Ordinal);
            Assert.True(remove.ExitCode == 0, remove.ToString());
            Assert.Equal(1, again.ExitCode);
            Assert.Empty(await store.ListWebhooksAsync(null, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task WebhookAdd_PlainHttpToAnotherMachine_IsRefused_UnlessAllowed()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "HOOKS", "--name", "Hooks");

        var refused = await db.RunAsync("webhook", "add", "--account", "HOOKS", "--url", "http://hooks.example.com/breakout");
        var loopback = await db.RunAsync("webhook", "add", "--account", "HOOKS", "--url", "http://127.0.0.1:9/hook");
        var allowed = await db.RunAsync("webhook", "add", "--account", "HOOKS", "--url", "http://hooks.example.com/breakout", "--allow-http");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("use HTTPS", refused.Error, StringComparison.Ordinal);
        Assert.True(loopback.ExitCode == 0, loopback.ToString());
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
    }

    [Fact]
    public async Task WebhookAddAndRedeliver_AfterAPurgedPosition_AreRefusedWithTheOldestCursor_AsTheApiAnswers410()
    {
        using var db = new TempDatabase();
        await db.RunAsync("account", "create", "--number", "HOOKS", "--name", "Hooks");
        var ct = TestContext.Current.CancellationToken;
        await using (var store = await db.OpenStoreAsync())
        {
            var account = (await store.FindAccountAsync("HOOKS", ct))!;
            Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch
            {
                Contacts = [.. Enumerable.Range(0, 3).Select(i => new ContactRecord(CventId.New(), "Ada", "Lovelace " + i, $"ada{i}@example.com", "Engines"))],
            }, ct));
            Assert.Equal(2, await store.PurgeChangesAsync(DateTimeOffset.UtcNow.AddDays(1), 100, ct)); // the last change (position 3) is kept
        }

        var refusedAdd = await db.RunAsync("webhook", "add", "--account", "HOOKS", "--url", "https://hooks.example.com/a", "--after", "1");
        var add = await db.RunAsync("webhook", "add", "--account", "HOOKS", "--url", "https://hooks.example.com/b", "--after", "2");
        await using var opened = await db.OpenStoreAsync();
        var id = Assert.Single(await opened.ListWebhooksAsync(null, ct)).Id.ToString();
        var refusedRedeliver = await db.RunAsync("webhook", "redeliver", id, "--after", "0");
        var redeliver = await db.RunAsync("webhook", "redeliver", id, "--after", "2");

        const string Refusal = "error: The changes after {0} are no longer kept (Breakout:ChangeFeed:Retention); the oldest cursor is 2. Use --after 2 or more.";
        Assert.Equal((1, string.Format(CultureInfo.InvariantCulture, Refusal, 1)), (refusedAdd.ExitCode, refusedAdd.Error.Trim()));
        Assert.Equal((1, string.Format(CultureInfo.InvariantCulture, Refusal, 0)), (refusedRedeliver.ExitCode, refusedRedeliver.Error.Trim()));
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.True(redeliver.ExitCode == 0, redeliver.ToString());
        Assert.Equal(2, (await opened.FindWebhookAsync(Guid.Parse(id), ct))!.DeliveredPosition);
    }
}
