using Breakout.Domain;

namespace Breakout.Storage.Tests;

/// <summary>
/// Calls whose items succeed and fail side by side: each item gets the result it would get in a call of its own
/// made at that point, in input order, whether the store applies the call set-based or item by item.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Register_MixedBatch_GivesEveryItemItsOwnResult_InOrder()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var people = catalog.Accepted.Select(i => i.Id).ToArray();
        var unknown = CventId.New();

        var results = await ActAsync(tenant, SessionRegActionType.Register, catalog.Small.Id.ToString(),
            Item(people[0]),
            new SessionRegItem("not-an-id", null, "bad"),
            new SessionRegItem("  ", null, "none"),
            Item(unknown),
            Item(catalog.Declined.Id),
            Item(people[0]),
            new SessionRegItem(null, catalog.Accepted[1].ConfirmationNumber, "by-number"),
            Item(people[2]),
            Item(people[2]),
            new SessionRegItem(" " + people[3].ToString().ToLowerInvariant() + " ", null, null),
            Item(people[4]),
            new SessionRegItem(catalog.Guest.Id.ToString(), null, ""));

        Assert.Equal(
            [
                (people[0].ToString(), "m-" + people[0], RegistrationOutcome.Registered, null),
                ("not-an-id", "bad", RegistrationOutcome.Refused, CventErrors.MalformedId.Code),
                ("  ", "none", RegistrationOutcome.Refused, CventErrors.NoIdProvided.Code),
                (unknown.ToString(), "m-" + unknown, RegistrationOutcome.Refused, CventErrors.InviteeDoesNotExist.Code),
                (catalog.Declined.Id.ToString(), "m-" + catalog.Declined.Id, RegistrationOutcome.Refused, CventErrors.NotAccepted.Code),
                (people[0].ToString(), "m-" + people[0], RegistrationOutcome.Refused, CventErrors.AlreadyRegistered.Code),
                (people[1].ToString(), "by-number", RegistrationOutcome.Registered, null),
                (people[2].ToString(), "m-" + people[2], RegistrationOutcome.Waitlisted, CventErrors.Waitlisted.Code),
                (people[2].ToString(), "m-" + people[2], RegistrationOutcome.Refused, CventErrors.AlreadyWaitlisted.Code),
                (people[3].ToString(), null, RegistrationOutcome.Waitlisted, CventErrors.Waitlisted.Code),
                (people[4].ToString(), "m-" + people[4], RegistrationOutcome.Refused, CventErrors.SessionFull.Code),
                (catalog.Guest.Id.ToString(), null, RegistrationOutcome.Refused, CventErrors.SessionFull.Code),
            ],
            results.Select(r => (r.Id, r.ReferenceId, r.Outcome, r.Error?.Code)));
        Assert.EndsWith("at position 1", results[7].Error!.Description, StringComparison.Ordinal);
        Assert.EndsWith("at position 2", results[9].Error!.Description, StringComparison.Ordinal);
        Assert.Equal([(people[0], "Registered", null), (people[1], "Registered", null), (people[2], "Waitlisted", 1), (people[3], "Waitlisted", 2)],
            await PlacesAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Unregister_MixedBatch_WithoutWaitlist_GivesEveryItemItsOwnResult_InOrder()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var people = catalog.Accepted.Select(i => i.Id).ToArray();
        await ActAsync(tenant, SessionRegActionType.Register, catalog.Unlimited.Id.ToString(), [.. people[..3].Select(Item)]);

        var results = await ActAsync(tenant, SessionRegActionType.Unregister, catalog.Unlimited.Id.ToString(),
            Item(people[0]), Item(people[0]), Item(people[5]), Item(catalog.Declined.Id), new SessionRegItem(null, catalog.Accepted[2].ConfirmationNumber, "n"),
            Item(people[2]));

        Assert.Equal(
            [
                (RegistrationOutcome.Unregistered, null),
                (RegistrationOutcome.Refused, CventErrors.NotRegistered.Code),
                (RegistrationOutcome.Refused, CventErrors.NotRegistered.Code),
                (RegistrationOutcome.Refused, CventErrors.NotAccepted.Code),
                (RegistrationOutcome.Unregistered, null),
                (RegistrationOutcome.Refused, CventErrors.NotRegistered.Code),
            ],
            results.Select(r => (r.Outcome, r.Error?.Code)));
        Assert.Equal([(people[1], "Registered", null)], await PlacesAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Unregister_MixedBatch_WithWaitlist_PromotesAfterEachFreedSeat()
    {
        var tenant = await NewTenantAsync();
        var small = tenant.Catalog.Small;
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        await ActAsync(tenant, SessionRegActionType.Register, small.Id.ToString(), [.. people[..4].Select(Item)]);

        var results = await ActAsync(tenant, SessionRegActionType.Unregister, small.Id.ToString(),
            Item(people[3]), Item(people[0]), Item(people[2]), Item(people[5]), Item(people[1]));

        Assert.Equal(
            [
                (RegistrationOutcome.LeftWaitlist, null),
                (RegistrationOutcome.Unregistered, null),
                (RegistrationOutcome.Unregistered, null),
                (RegistrationOutcome.Refused, CventErrors.NotRegistered.Code),
                (RegistrationOutcome.Unregistered, null),
            ],
            results.Select(r => (r.Outcome, r.Error?.Code)));
        Assert.Empty(await PlacesAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_MixedBatch_InAGroup_RefusesOnlyTheConflictingItems()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var people = catalog.Accepted.Select(i => i.Id).ToArray();
        await ActAsync(tenant, SessionRegActionType.Register, catalog.GroupA.Id.ToString(), Item(people[0]), Item(people[1]));
        await UnregisterAsync(tenant, catalog.GroupA, people[1]);

        var results = await ActAsync(tenant, SessionRegActionType.Register, catalog.GroupB.Id.ToString(),
            Item(people[0]), Item(people[1]), Item(people[1]), new SessionRegItem(null, catalog.Accepted[0].ConfirmationNumber, null));

        Assert.Equal(
            [
                (RegistrationOutcome.Refused, CventErrors.SessionGroupConflict.Code),
                (RegistrationOutcome.Registered, null),
                (RegistrationOutcome.Refused, CventErrors.AlreadyRegistered.Code),
                (RegistrationOutcome.Refused, CventErrors.SessionGroupConflict.Code),
            ],
            results.Select(r => (r.Outcome, r.Error?.Code)));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_BatchLargerThanTheSeatsLeft_FillsTheSessionExactly()
    {
        var tenant = await NewTenantAsync(new TestCatalog(acceptedInvitees: 200));
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        await RegisterAsync(tenant, tenant.Catalog.GroupA, people[0]);

        // Track A has 10 seats: one is taken, nine are left for the 199 items.
        var results = await ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.GroupA.Id.ToString(), [.. people[1..].Select(Item)]);

        Assert.Equal(9, results.Count(r => r.Outcome == RegistrationOutcome.Registered));
        Assert.All(results.Take(9), r => Assert.True(r.Success));
        Assert.All(results.Skip(9), r => Assert.Equal(CventErrors.SessionFull, r.Error));
        Assert.Equal(10, (await ExportAsync(tenant)).Count);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task CallsOnOneSession_WaitingTogether_AreAppliedAsIfOneAfterTheOther()
    {
        var tenant = await NewTenantAsync();
        var single = tenant.Catalog.Single.Id.ToString(); // one seat, no waitlist
        var p = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        const SessionRegActionType register = SessionRegActionType.Register, unregister = SessionRegActionType.Unregister;
        var calls = new (SessionRegActionType Action, CventId Who, RegistrationOutcome Outcome, string? Error, int HistoryAction)[]
        {
            (register, p[0], RegistrationOutcome.Registered, null, 1),
            (unregister, p[0], RegistrationOutcome.Unregistered, null, 2),
            (register, p[1], RegistrationOutcome.Registered, null, 1),
            (register, p[2], RegistrationOutcome.Refused, CventErrors.SessionFull.Code, 0),
            (unregister, p[1], RegistrationOutcome.Unregistered, null, 2),
            (register, p[0], RegistrationOutcome.Registered, null, 1),
            (unregister, p[3], RegistrationOutcome.Refused, CventErrors.NotRegistered.Code, 0),
            (register, p[0], RegistrationOutcome.Refused, CventErrors.AlreadyRegistered.Code, 0),
        };
        var commands = calls.Select(c => new SessionRegCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), c.Action, single, [Item(c.Who)])).ToArray();
        var start = await FeedStartAsync(tenant);

        Task<IReadOnlyList<SessionRegItemResult>>[] pending;
        await using (await Fixture.HoldSessionsAsync())
        {
            // Queued while another transaction holds the sessions, so the store takes them into one transaction.
            pending = [.. commands.Select(c => Store.SessionRegActionAsync(c, TestContext.Current.CancellationToken))];
        }

        var results = await Task.WhenAll(pending);
        Assert.Equal(
            calls.Select(c => ((string?)c.Who.ToString(), c.Outcome, c.Error)),
            results.Select(r => Assert.Single(r)).Select(r => (r.Id, r.Outcome, r.Error?.Code)));
        Assert.Equal([(p[0], "Registered", null)], await PlacesAsync(tenant));
        // Each call that changed something has an api_calls row of its own with its history row; the others have none.
        foreach (var (command, call) in commands.Zip(calls))
        {
            var rows = await Fixture.ExecuteOutsideAsync(
                $"SELECT COUNT(*) FROM registration_history h JOIN api_calls c ON c.pk = h.call_pk WHERE c.call_id = '{command.CallId}'" +
                (call.HistoryAction > 0 ? $" AND h.action = {call.HistoryAction}" : ""));
            Assert.Equal(call.HistoryAction > 0 ? 1L : 0L, Convert.ToInt64(rows, System.Globalization.CultureInfo.InvariantCulture));
        }

        // The change feed lists each change once, of its own call, in the order the calls were applied, at the
        // account's next positions without a gap.
        var changed = commands.Zip(calls).Where(c => c.Second.HistoryAction > 0).ToArray();
        var feed = await Store.ReadChangesAsync(tenant.Account.Key, start, 100, TestContext.Current.CancellationToken);
        Assert.Equal(
            changed.Select((c, i) => (start + i + 1, c.Second.HistoryAction == 1 ? "session.registered" : "session.unregistered", c.Second.Who.ToString(), c.First.CallId.ToString())),
            feed.Select(x => (x.Position, x.Type, x.RegistrantId!, x.CallId)));
        await AssertInvariantsAsync();
    }
}
