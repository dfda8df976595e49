using System.Globalization;
using Breakout.Domain;
using Breakout.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Breakout.Host.OperatorConsole.Pages;

/// <summary>
/// Closes, opens or changes the capacity of a session: GET shows what will change and asks for confirmation, POST (with
/// the antiforgery token) applies it through <see cref="ConsoleChanges"/>.
/// </summary>
internal sealed class SessionChangeModel(IBreakoutStore store, TimeProvider time) : ConsolePage(store, time)
{
    public SessionFill Session { get; private set; } = null!;

    public string? Status { get; private set; }

    public string? Capacity { get; private set; }

    public string Description { get; private set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string account, string sessionId, string? status, string? capacity, CancellationToken cancellationToken) =>
        await LoadAsync(account, sessionId, status, capacity, cancellationToken) is { } failed ? failed : Page();

    public async Task<IActionResult> OnPostAsync(
        string account, string sessionId, string? status, string? capacity, [FromServices] ConsoleChanges changes, CancellationToken cancellationToken)
    {
        if (await LoadAsync(account, sessionId, status, capacity, cancellationToken) is { } failed)
        {
            return failed;
        }

        var result = await changes.UpdateSessionAsync(Account, Session, ParseStatus(Status), ParseCapacity(Capacity), ConsoleUser, cancellationToken);
        if (!result.Success)
        {
            Error = $"{result.Error!.Code}: {result.Error.Description}";
            return Page();
        }

        var done = result.Warning ? $"Changed, with a warning: {result.Error!.Description}" : "Changed: " + Description;
        return Redirect($"/console/accounts/{Account.AccountNumber}/sessions/{Session.SessionId}?done={Uri.EscapeDataString(done)}");
    }

    private async Task<IActionResult?> LoadAsync(string account, string sessionId, string? status, string? capacity, CancellationToken cancellationToken)
    {
        if (!await LoadAccountAsync(account, cancellationToken) || !CventId.TryParse(sessionId, out var id)
            || await Store.FindSessionFillAsync(Account.Key, id, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        (Status, Capacity) = (string.IsNullOrEmpty(status) ? null : status, string.IsNullOrEmpty(capacity) ? null : capacity);
        if (ParseStatus(Status) is { } newStatus && Capacity is null)
        {
            Description = $"Status {Display.Status(session.Status)} → {Display.Status(newStatus)}";
        }
        else if (ParseCapacity(Capacity) is { } newCapacity && Status is null)
        {
            Description = $"Capacity {Display.Capacity(session.Capacity)} → {Display.Capacity(newCapacity)}";
        }
        else
        {
            return BadRequest("Ask for one change: status=Open|Closed, or capacity=N (N >= -1).");
        }

        return null;
    }

    private static ProductStatus? ParseStatus(string? status) => status switch
    {
        "Open" => ProductStatus.OpenForRegistration,
        "Closed" => ProductStatus.ClosedForRegistration,
        _ => null,
    };

    private static int? ParseCapacity(string? capacity) =>
        int.TryParse(capacity, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= -1 ? n : null;
}
