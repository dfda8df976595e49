using Breakout.Domain;
using Breakout.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Breakout.Host.Tests.ObjectCalls;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>
/// An invitee and guest written by <c>breakout import</c> are in the change feed, and Retrieve answers for them exactly
/// what it answered before they were (#21 item 5): the feed rows point at the registrants, not at the history ledger the
/// dates are read from.
/// </summary>
public sealed class ImportedInviteeTests : ClockedServerTest
{
    [Fact]
    public async Task Retrieve_OfAnImportedInvitee_ReportsTheSameDates_ThoughTheImportIsInTheChangeFeed()
    {
        var store = Server.Services.GetRequiredService<IBreakoutStore>();
        var ct = TestContext.Current.CancellationToken;
        var account = (await store.FindAccountAsync(Server.Manifest.AccountNumber, ct))!;
        var start = await store.LastChangePositionAsync(account.Key, ct);
        var contact = new ContactRecord(CventId.New(), "Ada", "Lovelace", "ada@example.com", "Engines");
        var invitee = new InviteeRecord(CventId.New(), CventId.Parse(Server.Conference.Id), contact.Id, "IMP000001", InviteeStatus.Accepted, "Ada", "Lovelace", "ada@example.com");
        var guest = new GuestRecord(CventId.New(), invitee.Id, "IMP000002", InviteeStatus.Accepted, "Plus", "One", "plus.one@example.com");
        Clock.Advance(TimeSpan.FromMinutes(20).Add(TimeSpan.FromSeconds(17)));
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch { Contacts = [contact], Invitees = [invitee], Guests = [guest] }, ct));
        Clock.Advance(TimeSpan.FromMinutes(20)); // within the session

        var retrieved = Assert.Single(Objects(await Server.CallAsync(Token, "Retrieve", Retrieve("Invitee", invitee.Id.ToString()))));
        var changes = await store.ReadChangesAsync(account.Key, start, 100, ct);

        // What main answered before imports fed the change feed: the import's time as the last change, and no response dates.
        Assert.Equal(
            ("2027-01-04T09:20:17", null, null, null),
            ((string?)retrieved.Attribute("LastModifiedDate"), (string?)retrieved.Attribute("RegistrationDate"), (string?)retrieved.Attribute("OriginalResponseDate"),
                (string?)retrieved.Attribute("CancelledDate")));
        Assert.Equal(
            [("contact.created", null), ("invitee.created", invitee.Id.ToString()), ("guest.created", guest.Id.ToString())],
            changes.Select(c => (c.Type, c.RegistrantId)));
        Assert.All(changes, c => Assert.Equal(("Import", new DateTimeOffset(2027, 1, 4, 9, 20, 17, TimeSpan.Zero)), (c.Operation, c.At)));
    }
}
