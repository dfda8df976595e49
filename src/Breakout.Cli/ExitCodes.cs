namespace Breakout.Cli;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command failed (bad arguments, unknown account, unreadable file, invariant violations).</summary>
    public const int Failed = 1;

    /// <summary>An import finished but rejected some rows; the others were imported.</summary>
    public const int RowsRejected = 2;
}
