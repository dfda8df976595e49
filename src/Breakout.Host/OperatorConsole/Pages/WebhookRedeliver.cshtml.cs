using Breakout.Storage;
using Breakout.Storage.Operators;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>
/// Redelivers a webhook subscription, as <c>breakout webhook redeliver</c> does: GET asks for confirmation, POST (with
/// the antiforgery token) makes it active and due now, its failures forgotten, and logs it.
/// </summary>
internal sealed class WebhookRedeliverModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public WebhookRecord Webhook { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string account, Guid? id, CancellationToken cancellationToken) =>
        await LoadAsync(account, id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string account, Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(account, id, cancellationToken))
        {
            return NotFound();
        }

        var was = Webhook.Dead
            ? $"was dead after {Webhook.Failures} failures: {Webhook.LastError}"
            : $"was {ChangesModel.State(Webhook)}, {Webhook.Failures} failures in a row";
        await Store.RedeliverWebhookAsync(Webhook.Id, null, cancellationToken);
        await Store.RecordConsoleActionAsync(
            new ConsoleAction(Now, ConsoleUser, Account.AccountNumber, "redeliver-webhook", $"{Webhook.Url} ({Webhook.Id})", was, null), cancellationToken);
        return Redirect($"/console/accounts/{Account.AccountNumber}/changes?done={Uri.EscapeDataString($"Redelivering to {Webhook.Url} from position {Webhook.DeliveredPosition + 1}.")}");
    }

    private async Task<bool> LoadAsync(string account, Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken) || id is null
            || await Store.FindWebhookAsync(id.Value, cancellationToken) is not { } webhook || webhook.AccountKey != Account.Key)
        {
            return false;
        }

        Webhook = webhook;
        return true;
    }
}
