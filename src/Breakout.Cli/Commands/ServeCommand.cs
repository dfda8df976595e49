using System.CommandLine;
using Breakout.Admin;
using Breakout.Cli.Import;
using Breakout.Host;

namespace Breakout.Cli.Commands;

/// <summary>
/// <c>breakout serve</c>: runs the host on the database <c>--db</c> names, with the demo tenant and, with
/// <c>--seed FILE</c>, the catalogue of an import file loaded first; every other argument goes to the host
/// (<c>--test-mode --port 0 --ready-file PATH</c> for a test double a test fixture starts as a process).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(StoreArguments store, CliConsole console)
    {
        var seed = new Option<string?>("--seed") { Description = "An import file (JSON or CSV) loaded into the account before serving.", HelpName = "FILE" };
        var account = new Option<string>("--seed-account")
        {
            Description = "The account the seed file goes into (default: the demo tenant's).",
            HelpName = "N",
            DefaultValueFactory = _ => DemoTenant.AccountNumber,
        };
        var command = new Command("serve", "Run the server with the demo tenant (and a seed file); other arguments go to the host, e.g. --test-mode --port 0 --ready-file PATH.")
        {
            seed, account,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var seedFile = result.GetValue(seed);
            var rows = seedFile is null ? null : await CatalogFile.ReadAsync(seedFile, null, console.Error, ct);
            await using (var opened = await store.OpenOrCreateAsync(result, ct))
            {
                await DemoTenant.CreateAsync(opened, DemoCommand.DefaultEndpoint, ct);
                if (rows is not null)
                {
                    var owner = await StoreArguments.RequireAccountAsync(opened, result.GetValue(account)!.Trim(), ct);
                    var imported = await ImportCommand.ImportRowsAsync(opened, owner, rows, seedFile!, console, ct);
                    if (imported != ExitCodes.Ok)
                    {
                        return imported;
                    }
                }
            }

            string[] hostArgs = string.IsNullOrWhiteSpace(result.GetValue(store.Postgres))
                ? ["--db", store.SqlitePath(result)]
                : ["--postgres", result.GetValue(store.Postgres)!];
            return await BreakoutApp.RunAsync([.. hostArgs, "--demo", .. result.UnmatchedTokens]);
        });
        return command;
    }
}
