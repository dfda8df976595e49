namespace Breakout.Cli.Tests;

/// <summary>One in-process run of the command line: its exit code and everything it wrote.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
