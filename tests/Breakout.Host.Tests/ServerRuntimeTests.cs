using System.Text.Json;

namespace Breakout.Host.Tests;

/// <summary>The runtime settings the host ships with (src/Breakout.Server.props).</summary>
public sealed class ServerRuntimeTests
{
    [Fact]
    public void TheHostsRuntimeConfiguration_TurnsThreadPoolSpinningOff()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Breakout.Host.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        Assert.Equal(0, properties.GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
