using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>One server for the catalogue; cases never change state, so they can share it.</summary>
public sealed class HostileServerFixture : IAsyncLifetime
{
    public BreakoutServer Server { get; private set; } = null!;

    internal CaseContext Context { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await BreakoutServer.StartAsync();
        Context = new CaseContext(Server.Manifest, await Server.LoginAsync(), Server.Session("KEY").Id, Server.AcceptedInvitees.Last().Id);
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
