using System.CommandLine;
using Breakout.Cli.Output;
using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.Storage.Operators;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout user list|unlock|set-password|disable|enable|delete</c>.</summary>
internal static partial class UserCommand
{
    private static readonly Column[] ListColumns =
    [
        new("name", "User"), new("status", "Status"), new("failedLogins", "Failed logins"), new("lockedUntil", "Locked until"),
        new("lastLogin", "Last login"), new("allowedIps", "Allowed from"), new("created", "Created"),
    ];

    private static Command ListCommand(StoreArguments store, CliConsole console)
    {
        var account = new Option<string>("--account") { Description = "Account number whose users to list.", Required = true, HelpName = "N" };
        var format = Listing.FormatOption();
        var list = new Command("list", "List an account's API users: status, lockout, last login, allowed addresses.") { account, format };
        list.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
            var now = TimeProvider.System.GetUtcNow();
            var users = await opened.ListApiUsersAsync(owner.Key, ct);
            await Listing.WriteAsync(console, result.GetValue(format), ListColumns, users.Select(u => new object?[]
            {
                u.User.UserName, Status(u.User, now), u.User.FailedLogins, IsLocked(u.User, now) ? u.User.LockedUntil : null,
                u.LastLoginAt, u.User.AllowedIps.Length == 0 ? null : u.User.AllowedIps, u.CreatedAt,
            }), column => ListColumns[column].Key switch
            {
                "allowedIps" => "any",
                "lastLogin" => "never",
                _ => "-",
            });
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command UnlockCommand(StoreArguments store, CliConsole console)
    {
        var user = new UserArguments();
        var unlock = new Command("unlock", "End a user's lockout and reset its failed-login count.") { user.Account, user.Name };
        unlock.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var (account, found) = await user.RequireAsync(opened, result, ct);
            await opened.UnlockApiUserAsync(found.Key, ct);
            var was = IsLocked(found, TimeProvider.System.GetUtcNow())
                ? $"it was locked until {Listing.Text(found.LockedUntil)} after {found.FailedLogins} failed logins"
                : $"it was not locked; {found.FailedLogins} failed logins counted";
            await console.Out.WriteLineAsync($"Unlocked API user {found.UserName} in account {account.AccountNumber} ({was}).");
            return ExitCodes.Ok;
        });
        return unlock;
    }

    private static Command SetPasswordCommand(StoreArguments store, CliConsole console)
    {
        var user = new UserArguments();
        var password = new Option<string?>("--password")
        {
            Description = "New password. When omitted it is prompted for on a terminal, or read as the first line of stdin when piped.",
            HelpName = "P",
        };
        var command = new Command("set-password", "Change a user's password (and end its lockout); tokens already issued stay valid until they expire.")
        {
            user.Account, user.Name, password,
        };
        command.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var (account, found) = await user.RequireAsync(opened, result, ct);
            var secret = result.GetValue(password) ?? await ReadPasswordAsync(console);
            if (string.IsNullOrEmpty(secret))
            {
                throw new CliException("The password must not be empty.");
            }

            await opened.SetApiUserPasswordAsync(found.Key, PasswordHash.Create(secret), ct);
            await console.Out.WriteLineAsync($"Changed the password of API user {found.UserName} in account {account.AccountNumber}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ActiveCommand(StoreArguments store, CliConsole console, bool active)
    {
        var user = new UserArguments();
        var command = active
            ? new Command("enable", "Let a disabled user log in again (its unexpired tokens work again too).") { user.Account, user.Name }
            : new Command("disable", "Stop a user from logging in; its tokens are refused from now on.") { user.Account, user.Name };
        command.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var (account, found) = await user.RequireAsync(opened, result, ct);
            if (active && found.UserName == IConsoleUsers.ConsoleApiUserName)
            {
                throw new CliException($"{found.UserName} is the operator console's API user: it records console changes and never logs in.");
            }

            await opened.SetApiUserActiveAsync(found.Key, active, ct);
            var change = found.Active == active ? $"was already {(active ? "enabled" : "disabled")}" : active ? "enabled" : "disabled";
            await console.Out.WriteLineAsync($"API user {found.UserName} in account {account.AccountNumber} {change}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command DeleteCommand(StoreArguments store, CliConsole console)
    {
        var user = new UserArguments();
        var delete = new Command("delete", "Delete a user and its tokens; refused when the audit log names it (disable it instead).") { user.Account, user.Name };
        delete.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var (account, found) = await user.RequireAsync(opened, result, ct);
            var calls = await opened.DeleteApiUserAsync(found.Key, ct);
            if (calls > 0)
            {
                throw new CliException(
                    $"API user {found.UserName} made {calls} logged call{(calls == 1 ? "" : "s")} that the audit log keeps naming; nothing was deleted. " +
                    $"Disable it instead: breakout user disable --account {account.AccountNumber} --name {found.UserName}");
            }

            await console.Out.WriteLineAsync($"Deleted API user {found.UserName} from account {account.AccountNumber}.");
            return ExitCodes.Ok;
        });
        return delete;
    }

    private static bool IsLocked(ApiUserRecord user, DateTimeOffset now) => user.LockedUntil is { } until && until > now;

    private static string Status(ApiUserRecord user, DateTimeOffset now) =>
        !user.Active ? "disabled" : IsLocked(user, now) ? "locked" : "active";
}
