using System.CommandLine;
using Breakout.Storage;

namespace Breakout.Cli.Commands;

/// <summary>The <c>--account</c> and <c>--name</c> options that pick one API user, and finding it.</summary>
internal sealed class UserArguments
{
    public Option<string> Account { get; } = new("--account") { Description = "Account number the user belongs to.", Required = true, HelpName = "N" };

    public Option<string> Name { get; } = new("--name") { Description = "User name clients send in Login.", Required = true, HelpName = "USER" };

    /// <summary>The account and the user, or a failure naming whichever does not exist.</summary>
    public async Task<(AccountRecord Account, ApiUserRecord User)> RequireAsync(IBreakoutStore store, ParseResult result, CancellationToken cancellationToken)
    {
        var account = await StoreArguments.RequireAccountAsync(store, result.GetValue(Account)!.Trim(), cancellationToken);
        var userName = result.GetValue(Name)!.Trim();
        var user = await store.FindApiUserAsync(account.AccountNumber, userName, cancellationToken)
            ?? throw new CliException($"API user '{userName}' does not exist in account {account.AccountNumber} (see 'breakout user list --account {account.AccountNumber}').");
        return (account, user);
    }
}
