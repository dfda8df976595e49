using Breakout.TestSupport;

namespace Breakout.Host.Tests.TestDouble;

/// <summary>One server in test mode (admin API, fault rules) per test class, logged in.</summary>
public sealed class TestModeServerFixture : IAsyncLifetime
{
    public BreakoutServer Server { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync(["--test-mode"]);
        Token = await Server.LoginAsync();
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
