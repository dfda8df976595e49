namespace Breakout.Cli;

/// <summary>An expected failure (unknown account, unreadable file): reported as one line on stderr, no stack trace.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
