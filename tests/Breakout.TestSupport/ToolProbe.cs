using System.Diagnostics;

namespace Breakout.TestSupport;

/// <summary>Probes for third-party programs the tests drive (php, java, nginx, …): whether a command runs and exits 0.</summary>
public static class ToolProbe
{
    public static bool Runs(string fileName, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
