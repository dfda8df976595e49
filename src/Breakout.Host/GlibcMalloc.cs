using System.Runtime.InteropServices;

namespace Breakout.Host;

/// <summary>
/// Keeps glibc from handing the memory SQLite frees back to the kernel after nearly every transaction
/// (<c>Breakout:MallocTrimThresholdMB</c>).
/// </summary>
/// <remarks>
/// SQLite allocates its page caches and statements with <c>malloc</c> on whichever thread-pool thread runs the
/// writer, and glibc gives such threads arenas of their own. When the free space at an arena's top passes glibc's trim
/// threshold (128 KB, or more as its dynamic mmap threshold grows), <c>free</c> returns it with
/// <c>madvise(MADV_DONTNEED)</c>, which flushes the other cores' TLBs, and the next transaction faults the same pages
/// in again. In a profile of durable SQLite under load that was 5 % of the server's CPU (docs/benchmarks.md). A fixed
/// threshold lets each arena keep up to that much free memory for the next transaction. glibc only: elsewhere (musl,
/// macOS, Windows) nothing is changed.
/// </remarks>
public static class GlibcMalloc
{
    /// <summary>glibc's <c>M_TRIM_THRESHOLD</c> parameter of <c>mallopt</c>.</summary>
    private const int MTrimThreshold = -1;

    /// <summary>
    /// Sets glibc's trim threshold to <paramref name="megabytes"/> MB (which also stops glibc adjusting it); 0 or less
    /// leaves glibc's default. True when glibc took it.
    /// </summary>
    public static bool SetTrimThreshold(int megabytes)
    {
        if (megabytes <= 0 || megabytes > 1024 || !OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return MallOpt(MTrimThreshold, megabytes * 1024 * 1024) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // "libc" is the platform's C library on Linux (the runtime maps it to libc.so.6 on glibc).
    [DllImport("libc", EntryPoint = "mallopt", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallOpt(int param, int value);
}
