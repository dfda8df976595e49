using Breakout.Storage;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Host.Tests;

/// <summary>CreateSession and UpdateSession over HTTP, and how capacity changes meet the waitlist.</summary>
public sealed class SessionManagementTests : OwnServerTests
{
    private async Task<IReadOnlyList<(string? Id, string? ReferenceId, bool Success, string? Code, string? Description)>> Save(string operation, string? eventId, params string[] sessions)
    {
        var body = $"<{operation} xmlns=\"http://api.cvent.com/2006-11\">" + (eventId is null ? "" : $"<EventId>{eventId}</EventId>") +
            "<sessions>" + string.Concat(sessions.Select(s => $"<Session xmlns=\"http://schemas.cvent.com/api/2006-11\" {s}/>")) + $"</sessions></{operation}>";
        var reply = await Server.PostSoap11Async(SoapEnvelopes.WithHeader(Token, body), SoapEnvelopes.Action(operation));
        Assert.True(reply.Status == 200, reply.Body);
        var s1 = SoapEnvelopes.S1;
        return [.. reply.Xml.Descendants(s1 + (operation + "Result")).Where(e => e.Parent?.Name == s1 + (operation + "Result")).Select(e => (
            (string?)e.Attribute("Id"), (string?)e.Attribute("ReferenceId"), (string?)e.Attribute("Success") == "true",
            (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Code"), (string?)e.Descendants(s1 + "Error").FirstOrDefault()?.Attribute("Description")))];
    }

    [Fact]
    public async Task CreateSession_ThenRegisterIntoIt()
    {
        var results = await Save("CreateSession", Server.Conference.Id,
            "MessageId=\"s1\" ProductName=\"Evening Panel\" ProductCode=\"EVP\" ProductType=\"Session\" StartTime=\"2027-06-14T18:00:00\" EndTime=\"2027-06-14T19:00:00\" Status=\"OpenForRegistration\" Capacity=\"1\" EnableWaitlist=\"false\"");

        var (id, reference, success, code, _) = Assert.Single(results);
        Assert.True(success, code);
        Assert.Equal("s1", reference);
        var registrations = await Server.SessionRegActionAsync(Token, "Register", id!,
            (Server.AcceptedInvitees.ElementAt(0).Id, null, null), (Server.AcceptedInvitees.ElementAt(1).Id, null, null));
        Assert.Equal([null, "BO90202"], registrations.Select(r => r.ErrorCode));
    }

    [Fact]
    public async Task CreateSession_ValidatesEachItem()
    {
        var results = await Save("CreateSession", Server.Conference.Id,
            "ProductName=\"Backwards\" StartTime=\"2027-06-14T19:00:00\" EndTime=\"2027-06-14T18:00:00\"",
            "ProductName=\"Wrong type\" ProductType=\"Event\"",
            "ProductCode=\"NONAME\"",
            "ProductName=\"Bad number\" Capacity=\"lots\"",
            "ProductName=\"Fine\"");

        Assert.Equal(["BO90205", "CV90100", "BO90207", "BO90207", null], results.Select(r => r.Code));
        Assert.Equal([null, null, null, null], results.Take(4).Select(r => r.Id));
        Assert.Contains("Capacity 'lots'", results[3].Description, StringComparison.Ordinal);
        var unknownEvent = await Save("CreateSession", Guid.NewGuid().ToString(), "ProductName=\"Orphan\"");
        Assert.Equal("CV70109", Assert.Single(unknownEvent).Code);
    }

    [Fact]
    public async Task RaisingCapacity_PromotesFromTheWaitlist_InOrder()
    {
        var workshop = Server.Session("WKS").Id;
        var ids = Server.AcceptedInvitees.Take(8).Select(i => i.Id).ToList();
        await Server.SessionRegActionAsync(Token, "Register", workshop, [.. ids.Select(id => ((string?)id, (string?)null, (string?)null))]);

        var update = Assert.Single(await Save("UpdateSession", null, $"Id=\"{workshop}\" Capacity=\"7\""));

        Assert.True(update.Success);
        var rows = await Server.Services.GetRequiredService<IBreakoutStore>().ExportRegistrationsAsync(1).Where(r => r.SessionId == workshop).ToListAsync();
        Assert.Equal(ids.Take(7).Order(), rows.Where(r => r.Placement == "Registered").Select(r => r.RegistrantId).Order());
        Assert.Equal([ids[7]], rows.Where(r => r.Placement == "Waitlisted").Select(r => r.RegistrantId));
    }

    [Fact]
    public async Task LoweringCapacity_RemovesNoOne_ReportsTheExcess_AndRefusesNewRegistrations()
    {
        var lounge = Server.Session("NET").Id;
        var ids = Server.AcceptedInvitees.Take(4).Select(i => i.Id).ToList();
        await Server.SessionRegActionAsync(Token, "Register", lounge, [.. ids.Take(3).Select(id => ((string?)id, (string?)null, (string?)null))]);

        var update = Assert.Single(await Save("UpdateSession", Server.Conference.Id, $"Id=\"{lounge}\" Capacity=\"2\" ProductName=\"Small Lounge\""));

        Assert.True(update.Success);
        Assert.Equal("BO90206", update.Code);
        Assert.Contains("3 registered, capacity 2", update.Description, StringComparison.Ordinal);
        Assert.Equal("BO90202", (await Server.SessionRegActionAsync(Token, "Register", lounge, (ids[3], null, null)))[0].ErrorCode);
        Assert.True((await Server.SessionRegActionAsync(Token, "Unregister", lounge, (ids[0], null, null)))[0].Success);
        Assert.Equal("BO90202", (await Server.SessionRegActionAsync(Token, "Register", lounge, (ids[3], null, null)))[0].ErrorCode);
        Assert.Empty(await Server.Services.GetRequiredService<IBreakoutStore>().VerifyAsync());
    }

    [Fact]
    public async Task UpdateSession_ChangesStatusAndGroup_AndReportsUnknownIds()
    {
        var lounge = Server.Session("NET").Id;
        var invitee = Server.AcceptedInvitees.ElementAt(5).Id;
        await Server.SessionRegActionAsync(Token, "Register", Server.Session("MTA").Id, (invitee, null, null));

        var results = await Save("UpdateSession", null,
            $"Id=\"{lounge}\"><CustomFieldDetail FieldName=\"SessionGroup\" FieldValue=\"Morning Tracks\"/></Session><Session xmlns=\"http://schemas.cvent.com/api/2006-11\" Id=\"{Guid.NewGuid()}\"",
            "Id=\"not-a-guid\"", "ProductName=\"no id\"");

        Assert.Equal([null, "CV97101", "CV20001", "CV20018"], results.Select(r => r.Code));
        Assert.Equal("CV90109", (await Server.SessionRegActionAsync(Token, "Register", lounge, (invitee, null, null)))[0].ErrorCode);

        Assert.True(Assert.Single(await Save("UpdateSession", null, $"Id=\"{lounge}\" Status=\"ClosedForRegistration\"")).Success);
        Assert.Equal("BO90201", (await Server.SessionRegActionAsync(Token, "Register", lounge, (Server.AcceptedInvitees.ElementAt(6).Id, null, null)))[0].ErrorCode);
    }
}
