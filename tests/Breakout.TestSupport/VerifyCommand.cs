using Breakout.Cli;

namespace Breakout.TestSupport;

/// <summary>Runs <c>breakout verify</c> (the admin CLI, in-process) and returns its exit code and report.</summary>
public static class VerifyCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] storeArgs)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BreakoutCli.RunAsync(["verify", .. storeArgs], output, error);
        return (exit, output + error.ToString());
    }
}
