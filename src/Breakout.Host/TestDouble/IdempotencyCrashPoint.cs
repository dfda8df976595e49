using System.Diagnostics;

namespace Breakout.Host.TestDouble;

/// <summary>
/// Test only (docs/idempotency.md, "How it is tested"): in test mode, with <see cref="Variable"/> set to <c>1</c>, the
/// process kills itself (SIGKILL) right after a call with an <c>Idempotency-Key</c> has committed its effects and its
/// response, before answering: the window a crash test must hit. Ignored outside test mode.
/// </summary>
internal static class IdempotencyCrashPoint
{
    public const string Variable = "BREAKOUT_TEST_KILL_AFTER_IDEMPOTENT_COMMIT";

    public static Action? AfterCommit(AdminSettings settings) =>
        settings.TestMode && Environment.GetEnvironmentVariable(Variable) == "1" ? () => Process.GetCurrentProcess().Kill() : null;
}
