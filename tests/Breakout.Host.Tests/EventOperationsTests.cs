using System.Xml.Linq;
using Breakout.Admin;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using ItemResult = Breakout.TestSupport.ItemResult;

namespace Breakout.Host.Tests;

/// <summary>SimpleEventRegistration, ValidateInvitee and CheckIn over HTTP, and how they meet SessionRegAction.</summary>
public sealed class EventOperationsTests : OwnServerTests
{
    private DemoManifest.Invitee InviteeWith(string status, int skip = 0) => Server.Conference.Invitees.Where(i => i.Status == status).ElementAt(skip);

    private static string Objects(IEnumerable<string> ids) =>
        "<CvObjects>" + string.Concat(ids.Select((id, i) => $"<CvObject Id=\"{id}\" MessageId=\"m{i}\"/>")) + "</CvObjects>";

    private async Task<IReadOnlyList<ItemResult>> Call(string operation, string body)
    {
        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, $"<{operation} xmlns=\"http://api.cvent.com/2006-11\">{body}</{operation}>"), SoapEnvelopes.Action(operation));
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + (operation + "Result")).Where(e => e.Parent?.Name == s1 + (operation + "Result")).Select(e => new ItemResult(
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Element(s1 + "Errors")?.Element(s1 + "Error")?.Attribute("Code"), (string?)e.Element(s1 + "Errors")?.Element(s1 + "Error")?.Attribute("Description")))];
    }

    private Task<IReadOnlyList<ItemResult>> Register(string action, params string[] ids) =>
        Call("SimpleEventRegistration", Objects(ids) + $"<RegAction>{action}</RegAction><EventId>{Server.Conference.Id}</EventId>");

    private async Task<IReadOnlyList<XElement>> Validate(string productType, string productId, params string[] ids)
    {
        var body = $"<ProductType>{productType}</ProductType><ProductID>{productId}</ProductID><CheckPaidInFull>true</CheckPaidInFull><CvInvitees>" +
            string.Concat(ids.Select(id => id.StartsWith("BRK", StringComparison.Ordinal) ? $"<CvInvitee ConfirmationNumber=\"{id}\"/>" : $"<CvInvitee Id=\"{id}\" MessageId=\"v\"/>")) + "</CvInvitees>";
        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, $"<ValidateInvitee xmlns=\"http://api.cvent.com/2006-11\">{body}</ValidateInvitee>"), null);
        Assert.True(reply.Status == 200, reply.Body);
        return [.. reply.Xml.Descendants(SoapEnvelopes.S1 + "ValidateInviteeResult").Where(e => e.Parent?.Name == SoapEnvelopes.S1 + "ValidateInviteeResult")];
    }

    [Fact]
    public async Task Register_MakesAnInviteeAccepted_SoSessionRegActionAcceptsThem()
    {
        var invitee = InviteeWith("No Response");
        Assert.Equal("CV90104", (await Server.SessionRegActionAsync(Token, "Register", Server.Session("NET").Id, (invitee.Id, null, null)))[0].ErrorCode);

        var result = Assert.Single(await Register("Register", invitee.Id));

        Assert.Equal(new ItemResult(invitee.Id, "m0", true, null, null), result);
        Assert.True((await Server.SessionRegActionAsync(Token, "Register", Server.Session("NET").Id, (invitee.Id, null, null)))[0].Success);
    }

    [Fact]
    public async Task StatusTransitions_FollowTheCV701xxRules()
    {
        var accepted = InviteeWith("Accepted").Id;
        var noResponse = InviteeWith("No Response", 1).Id;
        var declined = InviteeWith("Declined").Id;

        Assert.Equal("CV70103", (await Register("Register", accepted))[0].ErrorCode);
        Assert.Equal("CV70104", (await Register("Decline", accepted, declined))[0].ErrorCode);
        Assert.Equal("CV70104", (await Register("Decline", declined))[0].ErrorCode);
        Assert.True((await Register("Decline", noResponse))[0].Success);
        Assert.Equal("CV70111", (await Register("Waitlist", noResponse))[0].ErrorCode);
        Assert.Equal("CV70106", (await Register("Cancel", noResponse))[0].ErrorCode);
    }

    [Fact]
    public async Task BadItems_AndUnknownEvent_AreReportedPerItem()
    {
        var accepted = InviteeWith("Accepted", 1).Id;
        var results = await Register("Cancel", "nope", accepted, accepted, Guid.NewGuid().ToString(), Server.Conference.Guests[0].Id);

        Assert.Equal(["CV70101", null, "CV70102", "CV70101", "CV70101"], results.Select(r => r.ErrorCode));
        var unknownEvent = await Call("SimpleEventRegistration", Objects([accepted]) + $"<RegAction>Cancel</RegAction><EventId>{Guid.NewGuid()}</EventId>");
        Assert.Equal("CV70109", Assert.Single(unknownEvent).ErrorCode);
    }

    [Fact]
    public async Task ClosedEvent_RefusesRegisterAndOtherActions()
    {
        var closed = Server.Manifest.Events[1];
        var ids = closed.Invitees.Where(i => i.Status != "Accepted").Select(i => i.Id).Take(1)
            .Concat(closed.Invitees.Where(i => i.Status == "Accepted").Select(i => i.Id).Take(1)).ToArray();

        var register = await Call("SimpleEventRegistration", Objects([ids[0]]) + $"<RegAction>Register</RegAction><EventId>{closed.Id}</EventId>");
        var cancel = await Call("SimpleEventRegistration", Objects([ids[1]]) + $"<RegAction>Cancel</RegAction><EventId>{closed.Id}</EventId>");

        Assert.Equal("CV70113", Assert.Single(register).ErrorCode);
        Assert.Equal("CV70112", Assert.Single(cancel).ErrorCode);
    }

    [Fact]
    public async Task EventCapacity_IsNeverExceeded_CV70107()
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber))!;
        var small = new EventRecord(CventId.New(), "Small", "SML", EventStatus.Active, null, null, "UTC") { Capacity = 2 };
        var people = Enumerable.Range(0, 3).Select(i => new InviteeRecord(CventId.New(), small.Id, null, $"SML{i}", InviteeStatus.NoResponse, "A", "B", "c@d")).ToList();
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch { Events = [small], Invitees = people }));

        var results = await Call("SimpleEventRegistration", Objects(people.Select(p => p.Id.ToString())) + $"<RegAction>Register</RegAction><EventId>{small.Id}</EventId>");

        Assert.Equal([null, null, "CV70107"], results.Select(r => r.ErrorCode));
        Assert.Empty(await store.VerifyAsync());
    }

    [Fact]
    public async Task Cancel_FreesTheInviteesAndGuestsSeats_AndPromotesFromTheWaitlist()
    {
        var workshop = Server.Session("WKS").Id;
        var guest = Server.Conference.Guests.First(g => g.Status == "Accepted");
        var host = guest.InviteeId;
        var others = Server.AcceptedInvitees.Select(i => i.Id).Where(id => id != host).Take(5).ToList();
        // Host and guest take two seats, three others fill the session, two more wait.
        var seats = await Server.SessionRegActionAsync(Token, "Register", workshop,
            [(host, null, null), (guest.Id, null, null), .. others.Select(id => ((string?)id, (string?)null, (string?)null))]);
        Assert.Equal([true, true, true, true, true, false, false], seats.Select(r => r.Success));

        Assert.True(Assert.Single(await Register("Cancel", host)).Success);

        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var rows = await store.ExportRegistrationsAsync(1).Where(r => r.SessionId == workshop).ToListAsync();
        Assert.Equal(others.Order(), rows.Where(r => r.Placement == "Registered").Select(r => r.RegistrantId).Order());
        Assert.DoesNotContain(rows, r => r.Placement == "Waitlisted");
        Assert.Equal("CV90104", (await Server.SessionRegActionAsync(Token, "Register", workshop, (guest.Id, null, null)))[0].ErrorCode);
        Assert.Empty(await store.VerifyAsync());
    }

    [Fact]
    public async Task ValidateInvitee_ReportsSessionRegistration_AndCheckIn()
    {
        var invitee = InviteeWith("Accepted", 2);
        var lounge = Server.Session("NET").Id;
        var before = Assert.Single(await Validate("Session", lounge, invitee.Id));
        Assert.Equal(("false", "true", invitee.Id), ((string?)before.Attribute("Registered"), (string?)before.Attribute("Success"), (string?)before.Attribute("InviteeID")));

        Assert.Equal("CV97102", Assert.Single(await Call("CheckIn", Objects([invitee.Id]) + $"<AttendeeType>Session</AttendeeType><ProductId>{lounge}</ProductId><UndoCheckIn>false</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert>")).ErrorCode);
        await Server.SessionRegActionAsync(Token, "Register", lounge, (invitee.Id, null, null));
        Assert.True(Assert.Single(await Call("CheckIn", Objects([invitee.Id]) + $"<AttendeeType>Session</AttendeeType><ProductId>{lounge}</ProductId><UndoCheckIn>false</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert>")).Success);

        var after = Assert.Single(await Validate("Session", lounge, invitee.ConfirmationNumber));
        Assert.Equal(("true", "true", "true"), ((string?)after.Attribute("Registered"), (string?)after.Attribute("CheckedIn"), (string?)after.Attribute("PaidInFull")));

        await Call("CheckIn", Objects([invitee.Id]) + $"<AttendeeType>Session</AttendeeType><ProductId>{lounge}</ProductId><UndoCheckIn>true</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert>");
        Assert.Equal("false", (string?)Assert.Single(await Validate("Session", lounge, invitee.Id)).Attribute("CheckedIn"));
    }

    [Fact]
    public async Task ValidateInvitee_ForTheEvent_AndItsErrors()
    {
        var accepted = InviteeWith("Accepted", 3).Id;
        var declined = InviteeWith("Declined", 1).Id;
        var results = await Validate("Event", Server.Conference.Id, accepted, declined, Guid.NewGuid().ToString());

        Assert.Equal(["true", "false", "false"], results.Select(r => (string?)r.Attribute("Registered")));
        Assert.Equal("CV84001", (string?)results[2].Element(SoapEnvelopes.S1 + "Errors")!.Element(SoapEnvelopes.S1 + "Error")!.Attribute("Code"));
        Assert.Equal("CV90100", (string?)Assert.Single(await Validate("Session", Server.Conference.Id, accepted)).Descendants(SoapEnvelopes.S1 + "Error").Single().Attribute("Code"));
        Assert.Equal("CV90103", (string?)Assert.Single(await Validate("Event", Guid.NewGuid().ToString(), accepted)).Descendants(SoapEnvelopes.S1 + "Error").Single().Attribute("Code"));

        Assert.True(Assert.Single(await Call("CheckIn", Objects([accepted]) + "<AttendeeType>Event</AttendeeType><UndoCheckIn>false</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert>")).Success);
        Assert.Equal("true", (string?)Assert.Single(await Validate("Event", Server.Conference.Id, accepted)).Attribute("CheckedIn"));
    }

    [Fact]
    public async Task CheckIn_UnknownSession_CV97101_AndMissingAttendeeType_IsAFault()
    {
        var id = InviteeWith("Accepted", 4).Id;
        Assert.Equal("CV97101", Assert.Single(await Call("CheckIn", Objects([id]) + $"<AttendeeType>Session</AttendeeType><ProductId>{Guid.NewGuid()}</ProductId><UndoCheckIn>false</UndoCheckIn><SendPlannerAlert>false</SendPlannerAlert>")).ErrorCode);

        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, $"<CheckIn xmlns=\"http://api.cvent.com/2006-11\">{Objects([id])}</CheckIn>"), null);
        Assert.Equal((500, "CV10001"), (reply.Status, reply.FaultCode));
        Assert.Contains("AttendeeType is required", reply.FaultDetail, StringComparison.Ordinal);
    }
}
