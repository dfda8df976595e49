using Breakout.Host.Tests.Contacts;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests;

/// <summary>GetUpdated windows over HTTP, on a server of its own whose clock the test moves (the demo is imported at 09:00).</summary>
public sealed class GetUpdatedTests : ClockedServerTest
{
    [Fact]
    public async Task GetUpdated_Registration_ReportsAnUnregistrationAndTheWaitlistPromotionItCaused()
    {
        var workshop = Server.Session("WKS").Id;
        var invitees = Server.AcceptedInvitees.Skip(100).Take(6).Select(i => i.Id).ToList();
        Assert.All(await Server.SessionRegActionAsync(Token, "Register", workshop, [.. invitees.Take(5).Select(i => ((string?)i, (string?)null, (string?)null))]),
            r => Assert.True(r.Success));
        Assert.Equal("BO90203", Assert.Single(await Server.SessionRegActionAsync(Token, "Register", workshop, (invitees[5], null, null))).ErrorCode);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var start = Clock.GetUtcNow();

        Assert.True(Assert.Single(await Server.SessionRegActionAsync(Token, "Unregister", workshop, (invitees[0], null, null))).Success);

        var updated = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Registration", Gmt(start), Gmt(start.AddMinutes(2)))), "GetUpdated");
        Assert.Contains(invitees[0], updated);
        Assert.Contains(invitees[5], updated);
        Assert.DoesNotContain(invitees[1], updated);
        Assert.Equal(2, updated.Count);
        Assert.Contains(invitees[5], Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Invitee", Gmt(start), Gmt(start.AddMinutes(2)))), "GetUpdated"));
        var objects = Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Registration", invitees[0], invitees[5])));
        Assert.Equal("Cancelled", (string?)Assert.Single(objects[0].Elements(SoapEnvelopes.S1 + "OrderDetail")).Attribute("Action"));
        var promoted = Assert.Single(objects[1].Elements(SoapEnvelopes.S1 + "OrderDetail"));
        Assert.Equal(("Registered", workshop), ((string?)promoted.Attribute("Action"), (string?)promoted.Attribute("ProductId")));
        Assert.Equal((string?)objects[1].Attribute("LastModifiedDate"), (string?)promoted.Attribute("ActionDate"));
    }

    [Fact]
    public async Task GetUpdated_IgnoresSeconds_AndWindowsAreHalfOpen()
    {
        Clock.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(30)));
        var minute = new DateTimeOffset(2027, 1, 4, 9, 10, 0, TimeSpan.Zero);
        var invitee = Server.AcceptedInvitees.Skip(150).First().Id;
        Assert.True(Assert.Single(await Server.SessionRegActionAsync(Token, "Register", Server.Session("NET").Id, (invitee, null, null))).Success);

        // 12:30:59 counts as 12:30:00, so a window ending in the same minute as the change misses it, and the next one has it.
        var before = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Invitee", Gmt(minute.AddMinutes(-5)), Gmt(minute.AddSeconds(59)))), "GetUpdated");
        var after = Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Invitee", Gmt(minute.AddSeconds(59)), Gmt(minute.AddMinutes(3)))), "GetUpdated");

        Assert.DoesNotContain(invitee, before);
        Assert.Contains(invitee, after);
    }

    [Fact]
    public async Task UpdateContact_ChangesTheNameItsInviteeShows_AndGetUpdatedInviteeReportsIt()
    {
        var created = ContactResult.Parse(await Server.CallAsync(Token, "CreateContact", ContactServerFixture.ContactsBody("CreateContact",
            $"FirstName=\"Grace\" LastName=\"Hopper\" EmailAddress=\"{ContactServerFixture.NewEmail()}\"")), "CreateContact");
        var contact = Assert.Single(created).Id!;
        var transfer = $"<TransferInvitee xmlns=\"http://api.cvent.com/2006-11\"><ActivityType>Event</ActivityType><ActivityId>{Server.Conference.Id}</ActivityId>" +
            $"<CvObjects xmlns=\"http://schemas.cvent.com/api/2006-11\"><CvObject Id=\"{contact}\" MessageId=\"t1\"/></CvObjects></TransferInvitee>";
        var invitee = (string?)(await Server.CallAsync(Token, "TransferInvitee", transfer)).Xml.Descendants(SoapEnvelopes.S1 + "TransferInviteeResult")
            .Single(e => e.Attribute("Id") is not null).Attribute("Id");
        Assert.NotNull(invitee);
        Clock.Advance(TimeSpan.FromMinutes(20));
        var start = Clock.GetUtcNow();

        var updated = ContactResult.Parse(await Server.CallAsync(Token, "UpdateContact", ContactServerFixture.ContactsBody("UpdateContact",
            $"Id=\"{contact}\" LastName=\"Hopper-Murray\"")), "UpdateContact");

        Assert.True(Assert.Single(updated).Success);
        Assert.Equal([invitee], Ids(await Server.CallAsync(Token, "GetUpdated", Window("GetUpdated", "Invitee", Gmt(start), Gmt(start.AddMinutes(1)))), "GetUpdated"));
        var shown = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Invitee", invitee))));
        Assert.Equal(("Grace", "Hopper-Murray", contact), ((string?)shown.Attribute("FirstName"), (string?)shown.Attribute("LastName"), (string?)shown.Attribute("ContactId")));
    }
}
