using System.CommandLine;
using Breakout.Cli.Output;
using Breakout.Domain.Access;

namespace Breakout.Cli.Commands;

/// <summary>
/// <c>breakout console-user create|list|delete|unlock</c>: the users who may sign in to the operator console. They are
/// not API users: neither kind can use the other's password.
/// </summary>
internal static class ConsoleUserCommand
{
    private static readonly Column[] ListColumns =
    [
        new("name", "User"), new("status", "Status"), new("failedLogins", "Failed sign-ins"), new("lockedUntil", "Locked until"),
        new("lastLogin", "Last sign-in"), new("created", "Created"),
    ];

    public static Command Create(StoreArguments store, CliConsole console) =>
        new("console-user", "Manage the users of the operator console (not API users).")
        {
            CreateCommand(store, console), ListCommand(store, console), DeleteCommand(store, console), UnlockCommand(store, console),
        };

    private static Option<string> NameOption() => new("--name") { Description = "Console user name.", Required = true, HelpName = "USER" };

    private static Command CreateCommand(StoreArguments store, CliConsole console)
    {
        var name = NameOption();
        var password = new Option<string?>("--password")
        {
            Description = "Password. When omitted it is prompted for on a terminal, or read as the first line of stdin when piped.",
            HelpName = "P",
        };
        var create = new Command("create", "Create a console user, or reset an existing one's password (and end its lockout).") { name, password };
        create.SetAction(async (result, ct) =>
        {
            var userName = result.GetValue(name)!.Trim();
            if (userName.Length == 0)
            {
                throw new CliException("--name must not be empty.");
            }

            await using var opened = await store.OpenOrCreateAsync(result, ct);
            var secret = result.GetValue(password) ?? await UserCommand.ReadPasswordAsync(console);
            if (string.IsNullOrEmpty(secret))
            {
                throw new CliException("The password must not be empty.");
            }

            var existed = await opened.FindConsoleUserAsync(userName, ct) is not null;
            await opened.SaveConsoleUserAsync(userName, PasswordHash.Create(secret), ct);
            await console.Out.WriteLineAsync($"{(existed ? "Updated" : "Created")} console user {userName}.");
            return ExitCodes.Ok;
        });
        return create;
    }

    private static Command ListCommand(StoreArguments store, CliConsole console)
    {
        var format = Listing.FormatOption();
        var list = new Command("list", "List the console users: lockout and last sign-in.") { format };
        list.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var now = TimeProvider.System.GetUtcNow();
            var users = await opened.ListConsoleUsersAsync(ct);
            await Listing.WriteAsync(console, result.GetValue(format), ListColumns, users.Select(u => new object?[]
            {
                u.UserName, u.LockedUntil > now ? "locked" : "active", u.FailedLogins, u.LockedUntil > now ? u.LockedUntil : null, u.LastLoginAt, u.CreatedAt,
            }), column => ListColumns[column].Key == "lastLogin" ? "never" : "-");
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command DeleteCommand(StoreArguments store, CliConsole console)
    {
        var name = NameOption();
        var delete = new Command("delete", "Delete a console user; the console's log of its changes stays.") { name };
        delete.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var userName = result.GetValue(name)!.Trim();
            if (!await opened.DeleteConsoleUserAsync(userName, ct))
            {
                throw new CliException($"Console user '{userName}' does not exist (see 'breakout console-user list').");
            }

            await console.Out.WriteLineAsync($"Deleted console user {userName}.");
            return ExitCodes.Ok;
        });
        return delete;
    }

    private static Command UnlockCommand(StoreArguments store, CliConsole console)
    {
        var name = NameOption();
        var unlock = new Command("unlock", "End a console user's lockout and reset its failed sign-in count.") { name };
        unlock.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var userName = result.GetValue(name)!.Trim();
            _ = await opened.UnlockConsoleUserAsync(userName, ct)
                ?? throw new CliException($"Console user '{userName}' does not exist (see 'breakout console-user list').");
            await console.Out.WriteLineAsync($"Unlocked console user {userName}.");
            return ExitCodes.Ok;
        });
        return unlock;
    }
}
