using Breakout.Testing;

namespace Breakout.Host.Tests;

public sealed class SessionRegActionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    [Fact]
    public async Task Register_AcceptedInvitee_Succeeds_AndEchoesMessageIdAsReferenceId()
    {
        var invitee = Server.AcceptedInvitees.ElementAt(0);
        var results = await Server.SessionRegActionAsync(fixture.Token, "Register", Server.Session("KEY").Id, (invitee.Id.ToLowerInvariant(), null, "msg-1"));

        var result = Assert.Single(results);
        Assert.Equal(invitee.Id, result.Id);
        Assert.Equal("msg-1", result.ReferenceId);
        Assert.True(result.Success);
        Assert.Null(result.ErrorCode);
    }
}
