using System.CommandLine;
using Breakout.Admin.Webhooks;
using Breakout.Cli.Output;

namespace Breakout.Cli.Commands;

/// <summary>
/// <c>breakout webhook add|list|remove|redeliver|log</c>: subscriptions that deliver an account's change feed to an
/// HTTPS endpoint, signed as Standard Webhooks says (#21; docs/change-feed.md). The running server delivers them.
/// </summary>
internal static class WebhookCommand
{
    private static readonly Column[] ListColumns =
    [
        new("id", "ID"), new("account", "Account"), new("url", "URL"), new("state", "State"), new("deliveredPosition", "Delivered up to"),
        new("failures", "Failures"), new("nextAttemptAt", "Next attempt"), new("lastError", "Last error"),
    ];

    private static readonly Column[] LogColumns =
    [
        new("position", "Position"), new("attempt", "Attempt"), new("at", "At"), new("status", "HTTP status"), new("delivered", "Delivered"), new("error", "Error"),
    ];

    public static Command Create(StoreArguments store, CliConsole console) =>
        new("webhook", "Manage webhook subscriptions to an account's change feed (docs/change-feed.md).")
        {
            AddCommand(store, console), ListCommand(store, console), RemoveCommand(store, console), RedeliverCommand(store, console), LogCommand(store, console),
        };

    private static Argument<Guid> IdArgument() => new("id") { Description = "The subscription's ID (see 'breakout webhook list')." };

    private static Option<long?> AfterOption(string description) => new("--after") { Description = description, HelpName = "POSITION" };

    private static Command AddCommand(StoreArguments store, CliConsole console)
    {
        var account = new Option<string>("--account") { Description = "Account number whose changes are sent.", Required = true, HelpName = "N" };
        var url = new Option<string>("--url") { Description = "The receiver's URL (HTTPS; plain HTTP only to loopback, or with --allow-http).", Required = true, HelpName = "URL" };
        var after = AfterOption("Send the changes after this position (default: the account's last one, so only changes from now on; 0 sends the whole feed).");
        var allowHttp = new Option<bool>("--allow-http") { Description = "Allow a plain HTTP URL to another machine (the server must allow it too: Breakout:ChangeFeed:Webhooks:AllowHttp)." };
        var add = new Command("add", "Subscribe a URL to an account's changes; prints the ID and the signing secret (shown only now).") { account, url, after, allowHttp };
        add.SetAction(async (result, ct) =>
        {
            var target = result.GetValue(url)!.Trim();
            if (WebhookUrl.Problem(target, result.GetValue(allowHttp)) is { } refused)
            {
                throw new CliException(refused);
            }

            if (result.GetValue(after) is < 0)
            {
                throw new CliException("--after must be 0 or more.");
            }

            await using var opened = await store.OpenAsync(result, ct);
            var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
            if (result.GetValue(after) is { } cursor && await FeedCursor.OldestWhenTooOldAsync(opened, owner.Key, cursor, ct) is { } oldest)
            {
                throw TooOld(cursor, oldest);
            }

            var webhook = await opened.CreateWebhookAsync(owner.Key, target, WebhookSecret.New(), result.GetValue(after), ct);
            await console.Out.WriteLineAsync($"Created webhook {webhook.Id} for account {owner.AccountNumber}: changes after position {webhook.DeliveredPosition} go to {webhook.Url}.");
            await console.Out.WriteLineAsync($"Signing secret (shown only now): {webhook.Secret}");
            return ExitCodes.Ok;
        });
        return add;
    }

    private static Command ListCommand(StoreArguments store, CliConsole console)
    {
        var account = new Option<string?>("--account") { Description = "Only this account's subscriptions.", HelpName = "N" };
        var format = Listing.FormatOption();
        var list = new Command("list", "List the subscriptions: where each is in the feed, its failures and state.") { account, format };
        list.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var key = result.GetValue(account) is { } number ? (await StoreArguments.RequireAccountAsync(opened, number.Trim(), ct)).Key : (long?)null;
            var webhooks = await opened.ListWebhooksAsync(key, ct);
            await Listing.WriteAsync(console, result.GetValue(format), ListColumns, webhooks.Select(w => new object?[]
            {
                w.Id.ToString(), w.AccountNumber, w.Url, w.Dead ? "dead" : "active", w.DeliveredPosition, w.Failures, w.NextAttemptAt, w.LastError,
            }));
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command RemoveCommand(StoreArguments store, CliConsole console)
    {
        var id = IdArgument();
        var remove = new Command("remove", "Delete a subscription and its delivery log.") { id };
        remove.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            if (!await opened.DeleteWebhookAsync(result.GetValue(id), ct))
            {
                throw new CliException($"Webhook {result.GetValue(id)} does not exist (see 'breakout webhook list').");
            }

            await console.Out.WriteLineAsync($"Removed webhook {result.GetValue(id)}.");
            return ExitCodes.Ok;
        });
        return remove;
    }

    private static Command RedeliverCommand(StoreArguments store, CliConsole console)
    {
        var id = IdArgument();
        var after = AfterOption("Send again the changes after this position (default: carry on from the last delivered one).");
        var redeliver = new Command("redeliver", "Make a (dead) subscription active and due now, its failures forgotten.") { id, after };
        redeliver.SetAction(async (result, ct) =>
        {
            if (result.GetValue(after) is < 0)
            {
                throw new CliException("--after must be 0 or more.");
            }

            await using var opened = await store.OpenAsync(result, ct);
            if (result.GetValue(after) is { } cursor && await FeedCursor.OldestWhenTooOldForWebhookAsync(opened, result.GetValue(id), cursor, ct) is { } oldest)
            {
                throw TooOld(cursor, oldest);
            }

            var webhook = await opened.RedeliverWebhookAsync(result.GetValue(id), result.GetValue(after), ct)
                ?? throw new CliException($"Webhook {result.GetValue(id)} does not exist (see 'breakout webhook list').");
            await console.Out.WriteLineAsync($"Webhook {webhook.Id} is active: the changes after position {webhook.DeliveredPosition} are sent next.");
            return ExitCodes.Ok;
        });
        return redeliver;
    }

    /// <summary>An <c>--after</c> whose changes were purged: the API's 410 on the command line, with the cursor to use instead.</summary>
    private static CliException TooOld(long cursor, long oldest) =>
        new($"{FeedCursor.TooOldMessage(cursor, oldest)} Use --after {oldest} or more.");

    private static Command LogCommand(StoreArguments store, CliConsole console)
    {
        var id = IdArgument();
        var limit = new Option<int>("--limit") { Description = "How many of the newest attempts (default 50).", HelpName = "N", DefaultValueFactory = _ => 50 };
        var format = Listing.FormatOption();
        var log = new Command("log", "The delivery log of a subscription: each attempt, oldest first.") { id, limit, format };
        log.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            _ = await opened.FindWebhookAsync(result.GetValue(id), ct)
                ?? throw new CliException($"Webhook {result.GetValue(id)} does not exist (see 'breakout webhook list').");
            var attempts = await opened.ListWebhookDeliveriesAsync(result.GetValue(id), Math.Clamp(result.GetValue(limit), 1, 10_000), ct);
            await Listing.WriteAsync(console, result.GetValue(format), LogColumns, attempts.Select(a => new object?[]
            {
                a.Position, a.Attempt, a.At, a.StatusCode, a.Delivered, a.Error,
            }));
            return ExitCodes.Ok;
        });
        return log;
    }
}
