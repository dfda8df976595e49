using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>
/// A test class with a server of its own whose clock the test moves (the demo tenant is imported at 09:00 on
/// 2027-01-04), and a session of the demo API user.
/// </summary>
public abstract class ClockedServerTest : IAsyncLifetime
{
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    protected BreakoutServer Server { get; private set; } = null!;

    protected string Token { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(Clock));
        Token = await Server.LoginAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
