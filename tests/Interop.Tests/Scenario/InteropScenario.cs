using Breakout.Testing;

namespace Interop.Tests.Scenario;

/// <summary>
/// The calls every client makes, and what Breakout must have answered: Login; Register of one accepted invitee
/// (succeeds) and one ID that names no invitee (fails with CV84001 in <c>Errors</c>) into session MTA; Unregister.
/// </summary>
public static class InteropScenario
{
    public const string MissingInvitee = "00000000-0000-4000-8000-000000000000";

    /// <summary>The demo manifest the server wrote, which the scripts read for IDs and credentials.</summary>
    public static string ManifestPath(BreakoutServer server) => Path.Combine(server.Directory, "manifest.json");

    public static string ProductId(BreakoutServer server) => server.Session("MTA").Id;

    public static string Invitee(BreakoutServer server) => server.AcceptedInvitees.First().Id;

    public static void AssertAnswered(BreakoutServer server, ScenarioResult result)
    {
        Assert.True(result.Login.Success, "Login failed: " + result.Login.ErrorMessage);
        Assert.Equal(server.Endpoint, result.Login.ServerUrl);
        Assert.True(result.Login.Session);

        Assert.Equal(2, result.Register.Count);
        var registered = result.Register[0];
        Assert.Equal(Invitee(server), registered.Id, ignoreCase: true);
        Assert.Equal("msg-1", registered.ReferenceId);
        Assert.True(registered.Success);
        Assert.Empty(registered.Errors);

        var failed = result.Register[1];
        Assert.Equal(MissingInvitee, failed.Id, ignoreCase: true);
        Assert.Equal("msg-2", failed.ReferenceId);
        Assert.False(failed.Success);
        var error = Assert.Single(failed.Errors);
        Assert.Equal("CV84001", error.Code);
        Assert.Equal("Invitee ID does not exist", error.Description);

        if (result.Validate is not null)
        {
            Assert.Equal(new ValidateOutcome(Invitee(server), "val-1", Registered: true, Success: true), Assert.Single(result.Validate));
            Assert.Equal(new ValidateOutcome(Invitee(server), "val-1", Registered: false, Success: true), Assert.Single(result.ValidateAfter!));
        }

        var unregistered = Assert.Single(result.Unregister);
        Assert.Equal(Invitee(server), unregistered.Id, ignoreCase: true);
        Assert.True(unregistered.Success);
        Assert.Empty(unregistered.Errors);
    }
}
