using System.CommandLine;

namespace Breakout.Cli.Commands;

/// <summary><c>breakout verify</c>: checks the store's invariants (capacity, counters, waitlist order, groups).</summary>
internal static class VerifyCommand
{
    public static Command Create(StoreArguments store, CliConsole console)
    {
        var command = new Command("verify", "Check every invariant of the database; exit 1 if any is violated.");
        command.SetAction(async (result, ct) =>
        {
            await using var opened = await store.OpenAsync(result, ct);
            var violations = await opened.VerifyAsync(ct);
            foreach (var violation in violations)
            {
                await console.Out.WriteLineAsync(violation);
            }

            if (violations.Count == 0)
            {
                await console.Out.WriteLineAsync($"All invariants hold in {store.Describe(result)}.");
                return ExitCodes.Ok;
            }

            await console.Error.WriteLineAsync($"{violations.Count} invariant violation(s) in {store.Describe(result)}.");
            return ExitCodes.Failed;
        });
        return command;
    }
}
