using System.Globalization;
using Breakout.Domain;
using Breakout.Domain.Contacts;

namespace Breakout.Storage.Tests;

/// <summary>
/// The counts the accounts page shows (invitees, guests, contacts, logged calls) are kept as the rows are written
/// (migrations 0034 SQLite, 0037 PostgreSQL), not counted when read: after any mix of writes they equal COUNT(*).
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AccountCounts_AfterConcurrentWritesOfEveryKind_EqualTheRowsTheyCount()
    {
        var ct = TestContext.Current.CancellationToken;
        var tenant = await NewTenantAsync();
        var neighbour = await NewTenantAsync();
        var contacts = Enumerable.Range(0, 30).Select(i => new ContactRecord(CventId.New(), $"F{i}", $"L{i}", $"c{i}@example.com", "Co")).ToList();
        await Store.ImportAsync(tenant.Account.Key, new CatalogBatch { Contacts = contacts }, ct);

        // Imports of invitees and guests of several sizes, SessionRegAction calls (a logged call each), contacts
        // created and deleted through the API, at once: on PostgreSQL on several writers, so differences are appended
        // and folded while other transactions append theirs.
        var writes = new List<Task>();
        for (var i = 0; i < 12; i++)
        {
            var invitees = Enumerable.Range(0, 1 + (i * 7 % 25)).Select(n => Invitee(tenant.Catalog.Event, $"I{i:D2}{n:D3}")).ToList();
            writes.Add(Store.ImportAsync(tenant.Account.Key, new CatalogBatch
            {
                Invitees = invitees,
                Guests = [.. invitees.Take(i % 3).Select(v => new GuestRecord(CventId.New(), v.Id, "G" + v.ConfirmationNumber, InviteeStatus.Accepted, "G", "Uest", "g@example.com"))],
            }, ct));
            writes.Add(ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.Unlimited.Id.ToString(), Item(tenant.Catalog.Accepted[i % 10].Id)));
            writes.Add(ActAsync(neighbour, SessionRegActionType.Register, neighbour.Catalog.Unlimited.Id.ToString(), Item(neighbour.Catalog.Accepted[i % 10].Id)));
            writes.Add(Store.DeleteContactsAsync(
                new DeleteContactsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), [new ObjectItem(contacts[i].Id.ToString(), null)]), ct));
            writes.Add(Store.SaveContactsAsync(new SaveContactsCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), ContactWriteMode.Create,
                [new ContactInput(null, null, new Dictionary<string, string> { ["LastName"] = $"New{i}", ["EmailAddress"] = $"new{i}@example.com" })]), ct));
        }

        await Task.WhenAll(writes);

        var summaries = await Store.ListAccountsAsync(ct);
        foreach (var account in new[] { tenant.Account, neighbour.Account })
        {
            var shown = summaries.Single(s => s.Account.Key == account.Key).Contents;
            Assert.Equal(
                (await CountAsync("contacts", account.Key, "deleted_at IS NULL"), await CountAsync("registrants", account.Key, "kind = 0"),
                    await CountAsync("registrants", account.Key, "kind = 1"), await CountAsync("api_calls", account.Key, "1 = 1")),
                (shown.Contacts, shown.Invitees, shown.Guests, shown.ApiCalls));
        }

        // 30 imported, 12 deleted, 12 created; the catalogue's 11 invitees and its guest, and what the imports added.
        var imported = Enumerable.Range(0, 12).Sum(i => 1 + (i * 7 % 25));
        var shownHere = summaries.Single(s => s.Account.Key == tenant.Account.Key).Contents;
        Assert.Equal((30L, 11L + imported, 1L + (4 * (0 + 1 + 2))), (shownHere.Contacts, shownHere.Invitees, shownHere.Guests));
        await AssertInvariantsAsync();

        // Folded (on PostgreSQL; SQLite has one row per account already): one row each, the same counts.
        await Store.FoldAccountCountsAsync(ct);
        Assert.Equal(1L, Convert.ToInt64(await Fixture.ExecuteOutsideAsync($"SELECT COUNT(*) FROM account_counts WHERE account_pk = {tenant.Account.Key}"), CultureInfo.InvariantCulture));
        Assert.Equal(shownHere, (await Store.ListAccountsAsync(ct)).Single(s => s.Account.Key == tenant.Account.Key).Contents);
        await AssertInvariantsAsync();

        Assert.True((await Store.DeleteAccountAsync(tenant.Account.Key, force: true, ct)).Deleted);
        Assert.Equal(0L, Convert.ToInt64(await Fixture.ExecuteOutsideAsync($"SELECT COUNT(*) FROM account_counts WHERE account_pk = {tenant.Account.Key}"), CultureInfo.InvariantCulture));
        await AssertInvariantsAsync();
    }

    private async Task<long> CountAsync(string table, long accountKey, string condition) =>
        Convert.ToInt64(await Fixture.ExecuteOutsideAsync($"SELECT COUNT(*) FROM {table} WHERE account_pk = {accountKey} AND {condition}"), CultureInfo.InvariantCulture);

    private static InviteeRecord Invitee(EventRecord e, string confirmation) =>
        new(CventId.New(), e.Id, null, confirmation, InviteeStatus.Accepted, "First", "Last", confirmation.ToLowerInvariant() + "@example.com");
}
