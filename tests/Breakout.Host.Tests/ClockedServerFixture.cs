using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>
/// A class fixture: one demo server for the tests of a class, on a manual clock, logged in, with its account's key and
/// its store. Subclasses add the helpers of their calls.
/// </summary>
public abstract class ClockedServerFixture : IAsyncLifetime
{
    public const string Tns = "http://api.cvent.com/2006-11";
    public const string S1 = "http://schemas.cvent.com/api/2006-11";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.Zero));

    public BreakoutServer Server { get; private set; } = null!;

    public string Token { get; private set; } = null!;

    public long AccountKey { get; private set; }

    public IBreakoutStore Store => Server.Services.GetRequiredService<IBreakoutStore>();

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync(configure: s => s.AddSingleton<TimeProvider>(Clock));
        Token = await Server.LoginAsync();
        AccountKey = (await Store.FindAccountAsync(Server.Manifest.AccountNumber))!.Key;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
