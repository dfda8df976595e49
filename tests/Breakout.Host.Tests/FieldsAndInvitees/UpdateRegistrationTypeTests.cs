using System.Text.RegularExpressions;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using static Breakout.Host.Tests.ClockedServerFixture;
using static Breakout.Host.Tests.FieldsAndInvitees.FieldsServerFixture;

namespace Breakout.Host.Tests.FieldsAndInvitees;

/// <summary>
/// UpdateRegistrationType over HTTP: the type an invitee holds, its capacity, the sessions it includes (seats taken
/// and given up), each refusal and GetUpdated.
/// </summary>
public sealed class UpdateRegistrationTypeTests(FieldsServerFixture fixture) : IClassFixture<FieldsServerFixture>
{
    private string EventId => fixture.Server.Conference.Id;

    private static string Body(string eventId, params string[] registrations) =>
        $"<UpdateRegistrationType xmlns=\"{Tns}\"><EventId>{eventId}</EventId><Registrations>" +
        string.Concat(registrations.Select(r => $"<Registration xmlns=\"{S1}\" {r}/>")) + "</Registrations></UpdateRegistrationType>";

    private string Accepted(int index) => fixture.Server.AcceptedInvitees.Skip(index).First().Id;

    /// <summary>A new session of the conference with that capacity.</summary>
    private async Task<string> SessionAsync(int capacity)
    {
        var code = Unique("S");
        var item = Assert.Single(await fixture.ItemsAsync("CreateSession",
            $"<CreateSession xmlns=\"{Tns}\"><EventId>{EventId}</EventId><sessions><Session xmlns=\"{S1}\" ProductName=\"{code}\" ProductCode=\"{code}\" " +
            $"Capacity=\"{capacity}\" StartTime=\"2027-03-01T10:00:00\" EndTime=\"2027-03-01T11:00:00\"/></sessions></CreateSession>"));
        Assert.True(item.Success, item.Description);
        return item.Id!;
    }

    /// <summary>A registration type of the conference; returns its name and code.</summary>
    private async Task<(string Name, string Code)> TypeAsync(int capacity, params string[] sessions)
    {
        var name = Unique("Type");
        await fixture.Store.SaveRegistrationTypesAsync(fixture.AccountKey,
            [new RegistrationTypeRecord(CventId.New(), CventId.Parse(EventId), name, name.ToUpperInvariant(), capacity, [.. sessions.Select(CventId.Parse)])]);
        return (name, name.ToUpperInvariant());
    }

    private async Task<IReadOnlyList<(string Product, string Action)>> OrderAsync(string invitee) =>
        [.. (await fixture.RetrieveAsync("Registration", invitee)).Elements(SoapEnvelopes.S1 + "OrderDetail")
            .Select(o => ((string)o.Attribute("ProductId")!, (string)o.Attribute("Action")!))];

    [Fact]
    public async Task Update_AssignsTheType_TakesSeatsInItsSessions_AndGivesUpThoseOnlyTheOldTypeIncluded()
    {
        var (first, second) = (await SessionAsync(10), await SessionAsync(10));
        var standard = await TypeAsync(-1, first);
        var premium = await TypeAsync(-1, second);
        var invitee = Accepted(0);

        var reply = await fixture.CallAsync("UpdateRegistrationType", Body(EventId, $"Id=\"{invitee}\" MessageId=\"t1\" RegistrationTypeCode=\"{standard.Code.ToLowerInvariant()}\""));
        Assert.Matches(
            $"<UpdateRegistrationTypeResponse xmlns=\"{Tns}\"><UpdateRegistrationTypeResult xmlns=\"{S1}\"><UpdateRegTypeResult Id=\"{invitee}\" ReferenceId=\"t1\" Success=\"true\" />" +
            "</UpdateRegistrationTypeResult></UpdateRegistrationTypeResponse>", Regex.Replace(reply.Body, @">\s+<", "><"));
        var registration = await fixture.RetrieveAsync("Registration", invitee);
        Assert.Equal((standard.Name, standard.Code), ((string?)registration.Attribute("RegistrationType"), (string?)registration.Attribute("RegistrationTypeCode")));
        Assert.Contains((first, "Registered"), await OrderAsync(invitee));

        var moved = Assert.Single(await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId, $"Id=\"{invitee}\" RegistrationType=\"{premium.Name}\""), "UpdateRegTypeResult"));

        Assert.True(moved.Success, moved.Description);
        var order = await OrderAsync(invitee);
        Assert.Contains((second, "Registered"), order);
        Assert.Contains((first, "Cancelled"), order);
        var changes = await fixture.Store.ListFieldChangesAsync(fixture.AccountKey, "Invitee", CventId.Parse(invitee));
        Assert.Contains(changes, c => c is { Operation: "UpdateRegistrationType", Field: "RegistrationType" } && c.OldValue == standard.Name && c.NewValue == premium.Name);
    }

    [Fact]
    public async Task TheDemoConference_HasRegistrationTypes_ThatAnUnmodifiedClientCanAssignByCode()
    {
        var invitee = Accepted(20);
        var lounge = fixture.Server.Session("NET").Id;

        var item = Assert.Single(await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId, $"Id=\"{invitee}\" RegistrationTypeCode=\"VIP\""), "UpdateRegTypeResult"));

        Assert.True(item.Success, item.Description);
        var registration = await fixture.RetrieveAsync("Registration", invitee);
        Assert.Equal(("VIP", "VIP"), ((string?)registration.Attribute("RegistrationType"), (string?)registration.Attribute("RegistrationTypeCode")));
        Assert.Contains((lounge, "Registered"), await OrderAsync(invitee));
    }

    [Fact]
    public async Task Update_BeyondTheTypesCapacity_IsRefused_AndAnotherInviteeCanHaveItOnceItIsFreed()
    {
        var (vip, other) = (await TypeAsync(1), await TypeAsync(-1));
        var (a, b) = (Accepted(1), Accepted(2));

        var items = await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId,
            $"Id=\"{a}\" RegistrationTypeCode=\"{vip.Code}\"", $"Id=\"{b}\" RegistrationTypeCode=\"{vip.Code}\""), "UpdateRegTypeResult");
        var freed = await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId,
            $"Id=\"{a}\" RegistrationTypeCode=\"{other.Code}\"", $"Id=\"{b}\" RegistrationTypeCode=\"{vip.Code}\""), "UpdateRegTypeResult");

        Assert.Equal([null, "BO95305"], items.Select(i => i.Code));
        Assert.Equal([true, true], freed.Select(i => i.Success));
    }

    [Fact]
    public async Task Update_WhenAnIncludedSessionIsFull_ChangesNothing()
    {
        var full = await SessionAsync(0);
        var type = await TypeAsync(-1, full);
        var invitee = Accepted(3);
        var before = (string?)(await fixture.RetrieveAsync("Registration", invitee)).Attribute("RegistrationType");

        var item = Assert.Single(await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId, $"Id=\"{invitee}\" RegistrationTypeCode=\"{type.Code}\""), "UpdateRegTypeResult"));

        Assert.Equal("BO95306", item.Code);
        Assert.Equal(before, (string?)(await fixture.RetrieveAsync("Registration", invitee)).Attribute("RegistrationType"));
    }

    [Fact]
    public async Task Update_RefusesEachBadItemWithItsCode()
    {
        var type = await TypeAsync(-1);
        var invitee = Accepted(4);
        var declined = fixture.Server.Conference.Invitees.First(i => i.Status == "Declined").Id;

        var items = await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId,
            $"RegistrationTypeCode=\"{type.Code}\"",
            $"Id=\"{Guid.NewGuid()}\" RegistrationTypeCode=\"{type.Code}\"",
            $"Id=\"{invitee}\"",
            $"Id=\"{Accepted(7)}\" RegistrationTypeCode=\"NO-SUCH-TYPE\"",
            $"Id=\"{declined}\" RegistrationTypeCode=\"{type.Code}\"",
            $"Id=\"{Accepted(5)}\" RegistrationTypeCode=\"{type.Code}\"",
            $"Id=\"{Accepted(5)}\" RegistrationTypeCode=\"{type.Code}\""), "UpdateRegTypeResult");
        var otherEvent = await fixture.ItemsAsync("UpdateRegistrationType", Body(Guid.NewGuid().ToString(), $"Id=\"{invitee}\" RegistrationTypeCode=\"{type.Code}\""),
            "UpdateRegTypeResult");

        Assert.Equal(["BO95301", "CV84001", "BO95303", "BO95304", "BO95307", null, "BO95302"], items.Select(i => i.Code));
        Assert.Equal("CV70109", otherEvent[0].Code);
    }

    [Fact]
    public async Task Update_MovesTheInviteesModificationTime_SoGetUpdatedReportsItsRegistration()
    {
        var type = await TypeAsync(-1);
        var invitee = Accepted(6);
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = fixture.Clock.GetUtcNow();

        await fixture.ItemsAsync("UpdateRegistrationType", Body(EventId, $"Id=\"{invitee}\" RegistrationTypeCode=\"{type.Code}\""), "UpdateRegTypeResult");

        Assert.Equal([invitee], await fixture.UpdatedAsync("Registration", since));
    }
}
