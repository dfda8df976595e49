using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>One server per test class; tests that change state use their own invitees or their own server.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public BreakoutServer Server { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync();
        Token = await Server.LoginAsync();
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
