using System.Text.RegularExpressions;
using Breakout.Domain;
using Breakout.TestSupport;
using static Breakout.Host.Tests.ClockedServerFixture;
using static Breakout.Host.Tests.FieldsAndInvitees.FieldsServerFixture;

namespace Breakout.Host.Tests.FieldsAndInvitees;

/// <summary>UpdateGuestInfo over HTTP: the guest's own fields and custom field values, the rules, the wire shape and GetUpdated.</summary>
public sealed class UpdateGuestInfoTests(FieldsServerFixture fixture) : IClassFixture<FieldsServerFixture>
{
    private string EventId => fixture.Server.Conference.Id;

    private DemoManifestGuest Guest(int index) => new(fixture.Server.Conference.Guests[index].Id, fixture.Server.Conference.Guests[index].InviteeId);

    private static string Body(string eventId, params string[] guests) =>
        $"<UpdateGuestInfo xmlns=\"{Tns}\"><EventId>{eventId}</EventId><Guests>{string.Concat(guests)}</Guests></UpdateGuestInfo>";

    private static string Guest(string attributes, params string[] details) => $"<Guest xmlns=\"{S1}\" {attributes}>{string.Concat(details)}</Guest>";

    private sealed record DemoManifestGuest(string Id, string InviteeId);

    [Fact]
    public async Task Update_WritesTheGuestsFields_IgnoresReadOnlyOnes_AndRetrieveShowsThem()
    {
        var guest = Guest(0);
        var reply = await fixture.CallAsync("UpdateGuestInfo", Body(EventId, Guest(
            $"Id=\"{guest.Id}\" MessageId=\"g1\" FirstName=\"Grace\" MiddleName=\"B\" LastName=\"Hopper\" Company=\"Navy\" Title=\"Rear Admiral\" " +
            "Email=\"grace@example.org\" CCEmail=\"aide@example.org\" Phone=\"555-0100\" City=\"Arlington\" CountryCode=\"us\" DateOfBirth=\"1906-12-09T00:00:00\" " +
            "Status=\"Cancelled\" Participant=\"true\" GuestConfirmationNumber=\"HACK\"")));

        Assert.Matches(
            $"<UpdateGuestInfoResponse xmlns=\"{Tns}\"><UpdateGuestInfoResult xmlns=\"{S1}\"><UpdateGuestResult Id=\"{guest.Id}\" ReferenceId=\"g1\" Success=\"true\" /></UpdateGuestInfoResult></UpdateGuestInfoResponse>",
            Regex.Replace(reply.Body, @">\s+<", "><"));
        var stored = await fixture.RetrieveAsync("Guest", guest.Id);
        Assert.Equal(("Grace", "B", "Hopper", "Navy", "Rear Admiral", "grace@example.org", "aide@example.org", "555-0100", "Arlington", "US"),
            ((string?)stored.Attribute("FirstName"), (string?)stored.Attribute("MiddleName"), (string?)stored.Attribute("LastName"), (string?)stored.Attribute("Company"),
             (string?)stored.Attribute("Title"), (string?)stored.Attribute("Email"), (string?)stored.Attribute("CCEmail"), (string?)stored.Attribute("Phone"),
             (string?)stored.Attribute("City"), (string?)stored.Attribute("CountryCode")));
        Assert.Equal(("Accepted", "false", fixture.Server.Manifest.UserName), ((string?)stored.Attribute("Status"), (string?)stored.Attribute("Participant"),
            (string?)stored.Attribute("LastModifiedBy")));
        Assert.StartsWith("1906-12-09T00:00:00", (string?)stored.Attribute("DateOfBirth"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithCustomFieldValues_StoresThem_AndGetUpdatedReportsTheGuestAndItsInvitee()
    {
        var guest = Guest(1);
        var field = (await fixture.CreateContactFieldsAsync(Field($"FieldName=\"{Unique("Diet")}\" FieldType=\"Choice\"", "Vegan", "Halal")))[0];
        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var since = fixture.Clock.GetUtcNow();

        var item = Assert.Single(await fixture.ItemsAsync("UpdateGuestInfo", Body(EventId, Guest($"Id=\"{guest.Id}\"", Detail(field, "halal"))), "UpdateGuestResult"));

        Assert.True(item.Success, item.Description);
        var detail = Assert.Single((await fixture.RetrieveAsync("Guest", guest.Id)).Elements(SoapEnvelopes.S1 + "CustomFieldDetail"));
        Assert.Equal((field, "Halal"), ((string?)detail.Attribute("FieldId"), (string?)detail.Attribute("FieldValue")));
        Assert.Equal([guest.Id], await fixture.UpdatedAsync("Guest", since));
        Assert.Equal([guest.InviteeId], await fixture.UpdatedAsync("Invitee", since));
        var changes = await fixture.Store.ListFieldChangesAsync(fixture.AccountKey, "Guest", CventId.Parse(guest.Id));
        Assert.Contains(changes, c => c.Operation == "UpdateGuestInfo" && c.Field == $"CustomFieldDetail/{field}" && c.NewValue == "Halal");
    }

    [Fact]
    public async Task Update_RefusesEachBadItemWithItsCode_AndAppliesTheGoodOnes()
    {
        var (good, other) = (Guest(2), new[] { Guest(3), Guest(5), Guest(6), Guest(7) });
        var field = (await fixture.CreateContactFieldsAsync(Field($"FieldName=\"{Unique("Age")}\" FieldType=\"Number\"")))[0];

        var items = await fixture.ItemsAsync("UpdateGuestInfo", Body(EventId,
            Guest("MessageId=\"none\" FirstName=\"X\""),
            Guest("Id=\"not-a-guid\""),
            Guest($"Id=\"{fixture.Server.Conference.Invitees[0].Id}\" FirstName=\"Invitee\""),
            Guest($"Id=\"{good.Id}\" Nickname=\"Good\""),
            Guest($"Id=\"{good.Id}\" Nickname=\"Twice\""),
            Guest($"Id=\"{other[0].Id}\" Email=\"not an address\""),
            Guest($"Id=\"{other[1].Id}\" LastName=\" \""),
            Guest($"Id=\"{other[2].Id}\"", Detail(field, "old")),
            Guest($"Id=\"{other[3].Id}\" DateOfBirth=\"2099-01-01T00:00:00\"")), "UpdateGuestResult");

        Assert.Equal([false, false, false, true, false, false, false, false, false], items.Select(i => i.Success));
        Assert.Equal(["BO95201", "CV20001", "BO95202", null, "BO95203", "CV40102", "BO95204", "BO40301", "CV40123"], items.Select(i => i.Code));
        Assert.Equal("Good", (string?)(await fixture.RetrieveAsync("Guest", good.Id)).Attribute("Nickname"));
    }

    [Fact]
    public async Task Update_ForAnotherEventOrAnUnknownEvent_RefusesEveryItem()
    {
        var guest = Guest(4);
        var otherEvent = await fixture.ItemsAsync("UpdateGuestInfo", Body(fixture.Server.Manifest.Events[1].Id, Guest($"Id=\"{guest.Id}\" Nickname=\"X\"")), "UpdateGuestResult");
        var unknown = await fixture.ItemsAsync("UpdateGuestInfo", Body(Guid.NewGuid().ToString(), Guest($"Id=\"{guest.Id}\" Nickname=\"X\"")), "UpdateGuestResult");

        Assert.Equal(("BO95202", "CV70109"), (otherEvent[0].Code, unknown[0].Code));
        Assert.Equal("", (string?)(await fixture.RetrieveAsync("Guest", guest.Id)).Attribute("Nickname") ?? "");
    }
}
