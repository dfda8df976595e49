using Breakout.Domain;
using Breakout.Domain.Sessions;
using Breakout.Storage;
using Breakout.Storage.Operators;

namespace Breakout.Host.OperatorConsole;

/// <summary>
/// The changes the console can make. Each goes through the store method the API (or <c>breakout user unlock</c>) uses,
/// with its rules, and is written to the console's log with the console user's name; effects the store logs itself
/// (a promotion from the waitlist) name the console user too, in the same transaction, under the console's API user
/// and the same call ID.
/// </summary>
internal sealed class ConsoleChanges(IBreakoutStore store, TimeProvider time)
{
    public async Task UnlockApiUserAsync(AccountRecord account, ApiUserRecord user, string consoleUser, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var was = user.LockedUntil > now
            ? $"was locked until {Display.Time(user.LockedUntil)} after {user.FailedLogins} failed logins"
            : $"was not locked; {user.FailedLogins} failed logins counted";
        await store.UnlockApiUserAsync(user.Key, cancellationToken);
        await store.RecordConsoleActionAsync(new ConsoleAction(now, consoleUser, account.AccountNumber, "unlock-api-user", user.UserName, was, null), cancellationToken);
    }

    /// <summary>UpdateSession of one session's status or capacity, as a SOAP client would send it.</summary>
    public async Task<ItemResult> UpdateSessionAsync(
        AccountRecord account, SessionFill session, ProductStatus? status, int? capacity, string consoleUser, CancellationToken cancellationToken)
    {
        var callId = Guid.NewGuid();
        var apiUser = await store.ConsoleApiUserAsync(account.Key, cancellationToken);
        var input = new SessionInput { Id = session.SessionId.ToString(), Status = status, Capacity = capacity };
        var result = (await store.SaveSessionsAsync(new SaveSessionsCommand(account.Key, apiUser, callId, false, null, [input], consoleUser), cancellationToken))[0];
        if (result.Success)
        {
            var detail = status is { } s
                ? $"status {Display.Status(session.Status)} -> {Display.Status(s)}"
                : $"capacity {Display.Capacity(session.Capacity)} -> {Display.Capacity(capacity ?? session.Capacity)}";
            await store.RecordConsoleActionAsync(
                new ConsoleAction(time.GetUtcNow(), consoleUser, account.AccountNumber, "update-session", $"{session.Name} ({session.SessionId})", detail, callId),
                cancellationToken);
        }

        return result;
    }
}
