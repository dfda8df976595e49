using Breakout.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>
/// An account's change feed (#21 item 5), newest first, a page at a time, and its webhook subscriptions with their
/// delivery state; a subscription can be redelivered (after a confirmation).
/// </summary>
internal sealed class ChangesModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public IReadOnlyList<ChangeRecord> Changes { get; private set; } = [];

    public IReadOnlyList<WebhookRecord> Webhooks { get; private set; } = [];

    /// <summary>The account's newest position.</summary>
    public long Last { get; private set; }

    /// <summary>The cursor of the shown page (it shows the positions after it).</summary>
    public long After { get; private set; }

    /// <summary>The cursor of the page of older changes (null on the oldest kept).</summary>
    public long? Older { get; private set; }

    /// <summary>The cursor of the page of newer changes (null on the newest).</summary>
    public long? Newer { get; private set; }

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string account, long? after, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken))
        {
            return NotFound();
        }

        Last = await Store.LastChangePositionAsync(Account.Key, cancellationToken);
        var floor = Math.Max(0, await Store.FirstChangePositionAsync(Account.Key, cancellationToken) - 1); // older ones were purged
        var newest = Math.Max(floor, Last - PageSize);
        After = Math.Clamp(after ?? newest, floor, newest);
        Changes = [.. (await Store.ReadChangesAsync(Account.Key, After, PageSize, cancellationToken)).Reverse()];
        Older = After > floor ? Math.Max(floor, After - PageSize) : null;
        Newer = After < newest ? Math.Min(newest, After + PageSize) : null;
        Webhooks = await Store.ListWebhooksAsync(Account.Key, cancellationToken);
        Done = done;
        return Page();
    }

    /// <summary>A subscription's delivery state: dead (dead-lettered), retrying (failing, not dead yet), or active.</summary>
    public static string State(WebhookRecord webhook) => webhook.Dead ? "dead" : webhook.Failures > 0 ? "retrying" : "active";

    /// <summary>What a change concerns, in a few IDs, each after what it is (<c>contact …</c>, <c>user …</c>), then the fields it changed.</summary>
    public static string Subject(ChangeRecord change) => string.Join(" · ", new[]
    {
        change.RegistrantId is { } r ? $"{change.RegistrantKind ?? "Registrant"} {r}" + (change.ConfirmationNumber is { } n ? $" ({n})" : "") : null,
        change.SessionId is { } s ? "session " + s : null,
        change.SessionId is null && change.EventId is { } e ? "event " + e : null,
        change.ContactId is { } c ? "contact " + c : null,
        change.ObjectId is { } o ? change.Type[..change.Type.IndexOf('.', StringComparison.Ordinal)].Replace('_', ' ') + " " + o : null,
        change.MemberId is { } m ? "member " + m : null,
        change.Fields is { Count: > 0 } f ? string.Join(", ", f.Select(x => x.Field)) : null,
        change.ChangedFields is { Count: > 0 } changed ? string.Join(", ", changed) : null,
    }.Where(x => x is not null));
}
