using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>Tests that change shared state get a server of their own for each test, and a session on it.</summary>
public abstract class OwnServerTests : IAsyncLifetime
{
    protected BreakoutServer Server { get; private set; } = null!;

    protected string Token { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync();
        Token = await Server.LoginAsync();
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
