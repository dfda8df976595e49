using System.CommandLine;
using System.Data.Common;
using Breakout.Cli.Commands;
using Breakout.Storage;

namespace Breakout.Cli;

/// <summary>
/// The <c>breakout</c> admin command line. Every command opens the store named by <c>--db</c> or <c>--postgres</c>,
/// migrates it, does its work and exits 0 on success, 1 on an error, 2 when an import rejected some rows.
/// </summary>
public static class BreakoutCli
{
    /// <summary>Runs the command line with the process's console (stdin is read for piped passwords).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, new CliConsole(output, error, Console.In, InputIsTerminal: !Console.IsInputRedirected, ErrorIsTerminal: !Console.IsErrorRedirected));

    /// <summary>Runs the command line with <paramref name="input"/> as piped standard input (used by tests and scripts).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input) =>
        RunAsync(args, new CliConsole(output, error, input, InputIsTerminal: false, ErrorIsTerminal: false));

    internal static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var store = new StoreArguments { Notices = console.Error };
        var root = new RootCommand("Breakout admin: database, accounts, API users, catalogue import, registration export, reports, demo data.")
        {
            store.Database,
            store.Postgres,
            MigrateCommand.Create(store, console),
            AccountCommand.Create(store, console),
            UserCommand.Create(store, console),
            ConsoleUserCommand.Create(store, console), // console
            ImportCommand.Create(store, console),
            ExportCommand.Create(store, console),
            DemoCommand.Create(store, console),
            VerifyCommand.Create(store, console),
            ReportCommand.Create(store, console),
            OutboxCommand.Create(store, console),
            ServeCommand.Create(store, console),
            WebhookCommand.Create(store, console), // #21 change feed
        };

        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                // Expected failures are reported below without a stack trace; anything else is a bug and keeps one.
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException ex)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException or NotSupportedException)
        {
            await console.Error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (StoreUnavailableException ex)
        {
            // PostgreSQL down or unreachable: one line with the driver's reason, no stack trace.
            await console.Error.WriteLineAsync($"error: {ex.Message} {ex.InnerException?.Message}");
            return ExitCodes.Failed;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is DbException or IOException or UnauthorizedAccessException)
        {
            // The SQLite writer reports a database it cannot open or write this way.
            await console.Error.WriteLineAsync($"error: {ex.Message} {ex.InnerException.Message}");
            return ExitCodes.Failed;
        }
    }
}
