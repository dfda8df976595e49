using System.Runtime.InteropServices;
using System.Text.Json;

namespace Breakout.Host.Tests;

/// <summary>The runtime settings the host ships with (src/Breakout.Server.props, <see cref="GlibcMalloc"/>).</summary>
public sealed class ServerRuntimeTests
{
    [Fact]
    public void GlibcTakesTheTrimThreshold_OnLinuxWithGlibc()
    {
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);
        Assert.Equal(glibc, GlibcMalloc.SetTrimThreshold(64));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1025)]
    public void ZeroNegativeOrHugeThresholds_LeaveGlibcAlone(int megabytes) =>
        Assert.False(GlibcMalloc.SetTrimThreshold(megabytes));

    [Fact]
    public void TheHostsRuntimeConfiguration_TurnsThreadPoolSpinningOff()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Breakout.Host.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
