using System.Diagnostics;

namespace Breakout.Cli.Tests;

/// <summary>
/// Which database a command uses: relative paths are relative to the current directory, as for the host; only
/// migrate, demo and account create make a new database, every other command refuses a path that does not exist.
/// </summary>
public sealed class DatabasePathTests
{
    public static TheoryData<string[]> CommandsThatNeedADatabase => new()
    {
        new[] { "export", "registrations", "--account", "BREAKOUTDEMO" },
        new[] { "import", "--account", "BREAKOUTDEMO", "--kind", "contacts", "CONTACTS" },
        new[] { "user", "create", "--account", "BREAKOUTDEMO", "--name", "api", "--password", "secret" },
        new[] { "verify" },
    };

    [Theory]
    [MemberData(nameof(CommandsThatNeedADatabase))]
    public async Task Command_OnADatabaseThatDoesNotExist_SaysSo_AndCreatesNothing(string[] command)
    {
        using var db = new TempDatabase();
        await File.WriteAllTextAsync(db.File("contacts.csv"), "id,firstName\n6F1C1A52-3C0B-4E5B-9C0A-0F3C8B1D2E4A,Ada\n", TestContext.Current.CancellationToken);
        var missing = db.File("elsewhere/breakout.db");

        var run = await RunAsync([.. command.Select(a => a == "CONTACTS" ? db.File("contacts.csv") : a), "--db", missing]);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith($"error: Database {missing} does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(db.File("elsewhere")), "a folder or an empty database was created");
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("account", "create", "--number", "ACME01", "--name", "Acme")]
    [InlineData("demo", "--manifest", "MANIFEST")]
    public async Task Command_ThatCreatesADatabase_CreatesItWhereTheDbPathSays(params string[] command)
    {
        using var db = new TempDatabase();
        var created = db.File("new/breakout.db");

        var run = await RunAsync([.. command.Select(a => a == "MANIFEST" ? db.File("m.json") : a), "--db", created]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(created));
    }

    [Fact]
    public async Task WithoutDb_TheDefaultIsUnderTheCurrentDirectory_AndItsFullPathIsPrinted()
    {
        using var db = new TempDatabase();

        // A real process: the current directory is the process's, not something a test may change in-process.
        var migrate = await RunProcessAsync(db.Folder, "migrate");
        var export = await RunProcessAsync(db.Folder, "export", "registrations", "--account", "NOPE");

        var expected = Path.Combine(db.Folder, "data", "breakout.db");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());
        Assert.Equal($"Database: {expected}\n", migrate.Error);
        Assert.Equal($"Database {expected} is up to date.\n", migrate.Out);
        Assert.True(File.Exists(expected));
        Assert.Equal(1, export.ExitCode);
        Assert.Equal($"Database: {expected}\nerror: Account 'NOPE' does not exist (create it with 'breakout account create').\n", export.Error);
    }

    private static async Task<CliRun> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BreakoutCli.RunAsync(args, output, error, new StringReader(""));
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    private static async Task<CliRun> RunProcessAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "breakout.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }
}
