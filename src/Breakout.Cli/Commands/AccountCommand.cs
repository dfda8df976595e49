using System.CommandLine;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout account create</c>: adds a tenant.</summary>
internal static class AccountCommand
{
    public static Command Create(StoreArguments store, CliConsole console)
    {
        var number = new Option<string>("--number") { Description = "Account number clients send in Login (e.g. ACME01).", Required = true, HelpName = "N" };
        var name = new Option<string>("--name") { Description = "Display name of the account.", Required = true, HelpName = "NAME" };
        var create = new Command("create", "Create an account (a tenant).") { number, name };
        create.SetAction(async (result, ct) =>
        {
            var accountNumber = result.GetValue(number)!.Trim();
            if (accountNumber.Length == 0)
            {
                throw new CliException("--number must not be empty.");
            }

            await using var opened = await store.OpenOrCreateAsync(result, ct);
            if (await opened.FindAccountAsync(accountNumber, ct) is not null)
            {
                throw new CliException($"Account '{accountNumber}' already exists.");
            }

            var account = await opened.CreateAccountAsync(accountNumber, result.GetValue(name)!.Trim(), ct);
            await console.Out.WriteLineAsync($"Created account {account.AccountNumber} ({account.Name}).");
            return ExitCodes.Ok;
        });

        return new Command("account", "Manage accounts.") { create };
    }
}
