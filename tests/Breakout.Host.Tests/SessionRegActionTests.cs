using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>The SessionRegAction rules, each over HTTP against a real host and SQLite file. Tests use distinct invitees.</summary>
public sealed class SessionRegActionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private BreakoutServer Server => fixture.Server;

    private string Token => fixture.Token;

    private DemoInvitee Accepted(int index) => new(Server.AcceptedInvitees.ElementAt(index).Id, Server.AcceptedInvitees.ElementAt(index).ConfirmationNumber);

    private sealed record DemoInvitee(string Id, string ConfirmationNumber);

    private Task<IReadOnlyList<ItemResult>> Call(string action, string productId, params (string? Id, string? Confirmation, string? MessageId)[] items) =>
        Server.SessionRegActionAsync(Token, action, productId, items);

    [Fact]
    public async Task Register_AcceptedInvitee_Succeeds_AndEchoesMessageIdAsReferenceId()
    {
        var invitee = Accepted(0);
        var result = Assert.Single(await Call("Register", Server.Session("KEY").Id, (invitee.Id.ToLowerInvariant(), null, "msg-1")));

        Assert.Equal(new ItemResult(invitee.Id, "msg-1", true, null, null), result);
    }

    [Fact]
    public async Task Register_WithoutMessageId_OmitsReferenceId()
    {
        var reply = await Server.PostSoap11Async(
            SoapEnvelopes.SessionRegAction(Token, "Register", Server.Session("NET").Id, (Accepted(1).Id, null, null)), SoapEnvelopes.Action("SessionRegAction"));

        Assert.Contains($"<SessionRegActionResult Id=\"{Accepted(1).Id}\" Success=\"true\" />", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_SameInviteeTwiceInOneCall_SecondSeesFirst_CV90105()
    {
        var invitee = Accepted(2);
        var results = await Call("Register", Server.Session("NET").Id, (invitee.Id, null, "a"), (invitee.Id, null, "b"));

        Assert.True(results[0].Success);
        Assert.Equal(("CV90105", false, "b"), (results[1].ErrorCode, results[1].Success, results[1].ReferenceId));
    }

    [Fact]
    public async Task Unregister_AfterRegister_Succeeds_AndAgain_CV90106()
    {
        var invitee = Accepted(3);
        var session = Server.Session("NET").Id;
        await Call("Register", session, (invitee.Id, null, null));

        var results = await Call("Unregister", session, (invitee.Id, null, "u1"), (invitee.Id, null, "u2"));

        Assert.True(results[0].Success);
        Assert.Equal("CV90106", results[1].ErrorCode);
        Assert.Equal("This invitee or guest is not registered for this session", results[1].ErrorDescription);
    }

    [Fact]
    public async Task Items_AreAnsweredInInputOrder_WithPartialSuccess()
    {
        var results = await Call("Register", Server.Session("NET").Id,
            (Accepted(4).Id, null, "1"), ("not-a-guid", null, "2"), (null, null, "3"), (Accepted(5).Id, null, "4"));

        Assert.Equal(["1", "2", "3", "4"], results.Select(r => r.ReferenceId));
        Assert.Equal([true, false, false, true], results.Select(r => r.Success));
        Assert.Equal([null, "CV20001", "CV20018", null], results.Select(r => r.ErrorCode));
        Assert.Equal("not-a-guid", results[1].Id);
        Assert.Null(results[2].Id);
    }

    [Fact]
    public async Task UnknownInvitee_CV84001()
    {
        var result = Assert.Single(await Call("Register", Server.Session("NET").Id, (Guid.NewGuid().ToString(), null, null)));

        Assert.Equal(("CV84001", "Invitee ID does not exist"), (result.ErrorCode, result.ErrorDescription));
    }

    [Fact]
    public async Task ConfirmationNumber_IdentifiesInvitee_WhenIdIsEmpty_AndResultCarriesResolvedId()
    {
        var invitee = Accepted(6);
        var results = await Call("Register", Server.Session("NET").Id, ("", invitee.ConfirmationNumber, "c1"), (null, "NO-SUCH", "c2"));

        Assert.Equal(new ItemResult(invitee.Id, "c1", true, null, null), results[0]);
        Assert.Equal("CV84001", results[1].ErrorCode);
    }

    [Fact]
    public async Task Guests_RegisterByIdAndConfirmationNumber_AndMustBeAccepted()
    {
        var guests = Server.Conference.Guests;
        var accepted = guests.Where(g => g.Status == "Accepted").ToList();
        var declined = guests.First(g => g.Status == "Declined");

        var results = await Call("Register", Server.Session("NET").Id,
            (accepted[0].Id, null, null), (null, accepted[1].ConfirmationNumber, null), (declined.Id, null, null));

        Assert.Equal(accepted[0].Id, results[0].Id);
        Assert.True(results[0].Success);
        Assert.Equal((accepted[1].Id, true), (results[1].Id, results[1].Success));
        Assert.Equal("CV90104", results[2].ErrorCode);
    }

    [Theory]
    [InlineData("No Response")]
    [InlineData("Declined")]
    [InlineData("Visited")]
    [InlineData("Waitlisted")]
    [InlineData("Cancelled")]
    [InlineData("Pending Approval")]
    [InlineData("Denied Approval")]
    public async Task Invitee_NotAccepted_CV90104(string status)
    {
        var invitee = Server.Conference.Invitees.First(i => i.Status == status);
        var result = Assert.Single(await Call("Register", Server.Session("NET").Id, (invitee.Id, null, null)));

        Assert.Equal(("CV90104", false), (result.ErrorCode, result.Success));
    }

    [Fact]
    public async Task UnknownOrMissingOrMalformedProduct_CV90103_OnEveryItem()
    {
        foreach (var product in new[] { Guid.NewGuid().ToString(), "", "garbage" })
        {
            var results = await Call("Register", product, (Accepted(7).Id, null, "p1"), (Accepted(8).Id, null, "p2"));

            Assert.All(results, r => Assert.Equal(("CV90103", "Invalid product ID", false), (r.ErrorCode, r.ErrorDescription, r.Success)));
            Assert.Equal(["p1", "p2"], results.Select(r => r.ReferenceId));
        }
    }

    [Fact]
    public async Task EventAsProduct_CV90100()
    {
        var result = Assert.Single(await Call("Register", Server.Conference.Id, (Accepted(9).Id, null, null)));

        Assert.Equal("CV90100", result.ErrorCode);
    }

    [Fact]
    public async Task InviteeOfAnotherEvent_CV90108()
    {
        var other = Server.Manifest.Events[1].Invitees.First(i => i.Status == "Accepted");
        var result = Assert.Single(await Call("Register", Server.Session("NET").Id, (other.Id, null, null)));

        Assert.Equal("CV90108", result.ErrorCode);
    }

    [Fact]
    public async Task EventNotActive_CV90107()
    {
        var closed = Server.Manifest.Events[1];
        var result = Assert.Single(await Call("Register", closed.Sessions[0].Id, (closed.Invitees.First(i => i.Status == "Accepted").Id, null, null)));

        Assert.Equal("CV90107", result.ErrorCode);
    }

    [Fact]
    public async Task SessionGroup_AllowsOneSessionPerRegistrant_CV90109()
    {
        var invitee = Accepted(10);
        Assert.True((await Call("Register", Server.Session("MTA").Id, (invitee.Id, null, null)))[0].Success);

        var result = Assert.Single(await Call("Register", Server.Session("MTB").Id, (invitee.Id, null, null)));

        Assert.Equal("CV90109", result.ErrorCode);
    }

    [Fact]
    public async Task IncludedSession_CannotBeUnregistered_CV90110()
    {
        var invitee = Accepted(11);
        Assert.True((await Call("Register", Server.Session("KEY").Id, (invitee.Id, null, null)))[0].Success);

        var result = Assert.Single(await Call("Unregister", Server.Session("KEY").Id, (invitee.Id, null, null)));

        Assert.Equal("CV90110", result.ErrorCode);
    }

    [Theory]
    [InlineData("CRT")]
    [InlineData("EBB")]
    public async Task ClosedOrAutoClosedSession_BO90201(string code)
    {
        var result = Assert.Single(await Call("Register", Server.Session(code).Id, (Accepted(12).Id, null, null)));

        Assert.Equal(("BO90201", "Session is not open for registration"), (result.ErrorCode, result.ErrorDescription));
    }

    [Fact]
    public async Task FullSessionWithoutWaitlist_BO90202()
    {
        var results = await Call("Register", Server.Session("DIN").Id, (Accepted(13).Id, null, null), (Accepted(14).Id, null, null), (Accepted(15).Id, null, null));

        Assert.Equal([true, true, false], results.Select(r => r.Success));
        Assert.Equal(("BO90202", "Session is full"), (results[2].ErrorCode, results[2].ErrorDescription));
    }
}
