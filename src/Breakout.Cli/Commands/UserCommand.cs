using System.CommandLine;
using Breakout.Domain.Access;
using Breakout.Storage.Operators;
using Spectre.Console;

namespace Breakout.Cli.Commands;

/// <summary>
/// <c>breakout user</c>: <c>create</c> adds an API user (or resets an existing one's password and allow-list); the
/// other subcommands are in UserCommand.Admin.cs.
/// </summary>
internal static partial class UserCommand
{
    public static Command Create(StoreArguments store, CliConsole console)
    {
        var account = new Option<string>("--account") { Description = "Account number the user belongs to.", Required = true, HelpName = "N" };
        var name = new Option<string>("--name") { Description = "User name clients send in Login.", Required = true, HelpName = "USER" };
        var password = new Option<string?>("--password")
        {
            Description = "Password. When omitted it is prompted for on a terminal, or read as the first line of stdin when piped.",
            HelpName = "P",
        };
        var allowIp = new Option<string?>("--allow-ip")
        {
            Description = "Addresses or CIDR ranges the user may call from, comma separated (default: any).",
            HelpName = "LIST",
        };
        var create = new Command("create", "Create an API user, or reset an existing user's password and allow-list.") { account, name, password, allowIp };
        create.SetAction(async (result, ct) =>
        {
            var userName = result.GetValue(name)!.Trim();
            if (userName.Length == 0)
            {
                throw new CliException("--name must not be empty.");
            }

            if (userName == IConsoleUsers.ConsoleApiUserName)
            {
                throw new CliException($"--name {userName} is reserved for the operator console's API user, which never logs in.");
            }

            if (!IpAllowList.TryParse(result.GetValue(allowIp), out var allowList, out var ipError))
            {
                throw new CliException($"--allow-ip: {ipError}");
            }

            await using var opened = await store.OpenAsync(result, ct);
            var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
            var secret = result.GetValue(password) ?? await ReadPasswordAsync(console);
            if (string.IsNullOrEmpty(secret))
            {
                throw new CliException("The password must not be empty.");
            }

            var existed = await opened.FindApiUserAsync(owner.AccountNumber, userName, ct) is not null;
            await opened.CreateApiUserAsync(owner.Key, userName, PasswordHash.Create(secret), allowList.ToString(), ct);
            var from = allowList.IsEmpty ? "any address" : allowList.ToString();
            await console.Out.WriteLineAsync($"{(existed ? "Updated" : "Created")} API user {userName} in account {owner.AccountNumber} (allowed from {from}).");
            return ExitCodes.Ok;
        });

        return new Command("user", "Manage API users.")
        {
            create, ListCommand(store, console), UnlockCommand(store, console), SetPasswordCommand(store, console),
            ActiveCommand(store, console, active: false), ActiveCommand(store, console, active: true), DeleteCommand(store, console),
        };
    }

    internal static async Task<string> ReadPasswordAsync(CliConsole console)
    {
        if (!console.InputIsTerminal)
        {
            // Piped: the first line is the password, so scripts need not put it on the command line.
            return (await console.In.ReadLineAsync())?.TrimEnd('\r') ?? "";
        }

        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
        var first = await terminal.PromptAsync(new TextPrompt<string>("Password:").Secret());
        var second = await terminal.PromptAsync(new TextPrompt<string>("Repeat password:").Secret());
        return first == second ? first : throw new CliException("The passwords do not match.");
    }
}
