using System.CommandLine;
using Breakout.Cli.Output;
using Breakout.Storage;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout account create|list|delete</c>: the tenants.</summary>
internal static class AccountCommand
{
    private static readonly Column[] ListColumns =
    [
        new("number", "Number"), new("name", "Name"), new("created", "Created"), new("apiUsers", "API users"), new("events", "Events"),
        new("sessions", "Sessions"), new("contacts", "Contacts"), new("invitees", "Invitees"), new("guests", "Guests"), new("apiCalls", "Logged calls"),
    ];

    public static Command Create(StoreArguments store, CliConsole console) =>
        new("account", "Manage accounts.") { CreateCommand(store, console), ListCommand(store, console), DeleteCommand(store, console) };

    private static Command CreateCommand(StoreArguments store, CliConsole console)
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
        return create;
    }

    private static Command ListCommand(StoreArguments store, CliConsole console)
    {
        var format = Listing.FormatOption();
        var list = new Command("list", "List the accounts with their API users and how much data each holds.") { format };
        list.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var accounts = await opened.ListAccountsAsync(ct);
            await Listing.WriteAsync(console, result.GetValue(format), ListColumns, accounts.Select(a => new object?[]
            {
                a.Account.AccountNumber, a.Account.Name, a.CreatedAt, a.Contents.ApiUsers, a.Contents.Events, a.Contents.Sessions,
                a.Contents.Contacts, a.Contents.Invitees, a.Contents.Guests, a.Contents.ApiCalls,
            }));
            return ExitCodes.Ok;
        });
        return list;
    }

    private static Command DeleteCommand(StoreArguments store, CliConsole console)
    {
        var number = new Option<string>("--number") { Description = "Account number to delete.", Required = true, HelpName = "N" };
        var force = new Option<bool>("--force") { Description = "Delete the account even though it holds events, contacts, registrations or logged calls, with all of them." };
        var delete = new Command("delete", "Delete an account and its API users; refused while it holds data, unless --force.") { number, force };
        delete.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var account = await StoreArguments.RequireAccountAsync(opened, result.GetValue(number)!.Trim(), ct);
            var deletion = await opened.DeleteAccountAsync(account.Key, result.GetValue(force), ct);
            if (!deletion.Deleted)
            {
                throw new CliException(
                    $"Account {account.AccountNumber} holds {Describe(deletion.Contents)}; nothing was deleted. " +
                    "Add --force to delete the account with all of it (export registrations first if you need them).");
            }

            await console.Out.WriteLineAsync($"Deleted account {account.AccountNumber} ({account.Name}) with {Describe(deletion.Contents)}.");
            return ExitCodes.Ok;
        });
        return delete;
    }

    private static string Describe(AccountContents c) =>
        string.Join(", ", new[]
        {
            Count(c.ApiUsers, "API user"), Count(c.Events, "event"), Count(c.Sessions, "session"), Count(c.Contacts, "contact"),
            Count(c.Invitees, "invitee"), Count(c.Guests, "guest"), Count(c.ApiCalls, "logged call"),
        });

    private static string Count(long n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
