using System.CommandLine;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout migrate</c>: creates the database or applies the migrations it lacks.</summary>
internal static class MigrateCommand
{
    public static Command Create(StoreArguments store, CliConsole console)
    {
        var command = new Command("migrate", "Create the database, or apply the schema migrations it does not have yet.");
        command.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenOrCreateAsync(result, ct);
            await console.Out.WriteLineAsync($"Database {store.Describe(result)} is up to date.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
