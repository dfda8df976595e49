using Breakout.Domain;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Register_Twice_SecondTimeReportsAlreadyRegistered()
    {
        var tenant = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[0].Id;

        var first = await RegisterAsync(tenant, tenant.Catalog.Unlimited, invitee);
        var second = await RegisterAsync(tenant, tenant.Catalog.Unlimited, invitee);

        Assert.Equal(new SessionRegItemResult(invitee.ToString(), "m-" + invitee, RegistrationOutcome.Registered, null), first);
        Assert.True(first.Success);
        Assert.Equal((RegistrationOutcome.Refused, CventErrors.AlreadyRegistered), (second.Outcome, second.Error));
        Assert.Equal("Registered", Assert.Single(await ExportAsync(tenant)).Placement);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Unregister_Registered_FreesTheSeat_ThenReportsNotRegistered()
    {
        var tenant = await NewTenantAsync();
        var (first, second) = (tenant.Catalog.Accepted[0].Id, tenant.Catalog.Accepted[1].Id);
        await RegisterAsync(tenant, tenant.Catalog.Single, first);

        var unregistered = await UnregisterAsync(tenant, tenant.Catalog.Single, first);
        var again = await UnregisterAsync(tenant, tenant.Catalog.Single, first);

        Assert.Equal((RegistrationOutcome.Unregistered, true), (unregistered.Outcome, unregistered.Success));
        Assert.Equal((RegistrationOutcome.Refused, CventErrors.NotRegistered), (again.Outcome, again.Error));
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, tenant.Catalog.Single, second)).Outcome);
        Assert.Equal(second.ToString(), Assert.Single(await ExportAsync(tenant)).RegistrantId);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_WhenFullWithoutWaitlist_RefusesWithSessionFull()
    {
        var tenant = await NewTenantAsync();

        var results = await ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.Single.Id.ToString(),
            Item(tenant.Catalog.Accepted[0].Id), Item(tenant.Catalog.Accepted[1].Id));

        Assert.Equal(
            [(RegistrationOutcome.Registered, null), (RegistrationOutcome.Refused, CventErrors.SessionFull)],
            results.Select(r => (r.Outcome, r.Error)));
        Assert.Single(await ExportAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_WhenFull_Waitlists_AndUnregisteringPromotesInWaitlistOrder()
    {
        var tenant = await NewTenantAsync();
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        var small = tenant.Catalog.Small;

        var results = await ActAsync(tenant, SessionRegActionType.Register, small.Id.ToString(), [.. people[..5].Select(Item)]);

        Assert.Equal(
            [RegistrationOutcome.Registered, RegistrationOutcome.Registered, RegistrationOutcome.Waitlisted, RegistrationOutcome.Waitlisted, RegistrationOutcome.Refused],
            results.Select(r => r.Outcome));
        Assert.Equal([null, null, "BO90203", "BO90203", "BO90202"], results.Select(r => r.Error?.Code));
        Assert.False(results[2].Success);
        Assert.EndsWith("at position 2", results[3].Error!.Description, StringComparison.Ordinal);
        Assert.Equal(CventErrors.AlreadyWaitlisted, (await RegisterAsync(tenant, small, people[3])).Error);

        await UnregisterAsync(tenant, small, people[0]);
        Assert.Equal([(people[1], "Registered", null), (people[2], "Registered", null), (people[3], "Waitlisted", 1)], await PlacesAsync(tenant));

        Assert.Equal(RegistrationOutcome.LeftWaitlist, (await UnregisterAsync(tenant, small, people[3])).Outcome);
        Assert.Equal(RegistrationOutcome.Waitlisted, (await RegisterAsync(tenant, small, people[5])).Outcome);
        Assert.Equal(RegistrationOutcome.Waitlisted, (await RegisterAsync(tenant, small, people[6])).Outcome);
        await UnregisterAsync(tenant, small, people[1]);
        Assert.Equal([(people[2], "Registered", null), (people[5], "Registered", null), (people[6], "Waitlisted", 1)], await PlacesAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_InSecondSessionOfAGroup_RefusesWithGroupConflict()
    {
        var tenant = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[0].Id;
        await RegisterAsync(tenant, tenant.Catalog.GroupA, invitee);

        Assert.Equal(CventErrors.SessionGroupConflict, (await RegisterAsync(tenant, tenant.Catalog.GroupB, invitee)).Error);
        await UnregisterAsync(tenant, tenant.Catalog.GroupA, invitee);
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, tenant.Catalog.GroupB, invitee)).Outcome);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Unregister_FromIncludedSession_IsRefused()
    {
        var tenant = await NewTenantAsync();
        var invitee = tenant.Catalog.Accepted[0].Id;
        await RegisterAsync(tenant, tenant.Catalog.Included, invitee);

        Assert.Equal(CventErrors.CannotUnregister, (await UnregisterAsync(tenant, tenant.Catalog.Included, invitee)).Error);
        Assert.Single(await ExportAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_RefusalsFollowTheRules()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;
        var invitee = catalog.Accepted[0].Id;

        Assert.Equal(CventErrors.SessionNotOpen, (await RegisterAsync(tenant, catalog.Closed, invitee)).Error);
        Assert.Equal(CventErrors.NotAccepted, (await RegisterAsync(tenant, catalog.Unlimited, catalog.Declined.Id)).Error);
        Assert.Equal(CventErrors.SessionOfOtherEvent, (await RegisterAsync(tenant, catalog.OtherEventSession, invitee)).Error);
        Assert.Equal(CventErrors.InviteeDoesNotExist, (await RegisterAsync(tenant, catalog.Unlimited, CventId.New())).Error);
        Assert.Empty(await ExportAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_WithUnknownOrEventProductId_RefusesEveryItem()
    {
        var tenant = await NewTenantAsync();
        SessionRegItem[] items = [Item(tenant.Catalog.Accepted[0].Id), Item(tenant.Catalog.Accepted[1].Id)];

        var unknown = await ActAsync(tenant, SessionRegActionType.Register, CventId.New().ToString(), items);
        var eventAsProduct = await ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.Event.Id.ToString(), items);
        var malformed = await ActAsync(tenant, SessionRegActionType.Register, "not-an-id", items);

        Assert.All(unknown, r => Assert.Equal((RegistrationOutcome.Refused, CventErrors.InvalidProductId), (r.Outcome, r.Error)));
        Assert.Equal(items.Select(i => i.Id), unknown.Select(r => r.Id));
        Assert.All(eventAsProduct, r => Assert.Equal(CventErrors.InvalidProductType, r.Error));
        Assert.All(malformed, r => Assert.Equal(CventErrors.InvalidProductId, r.Error));
        Assert.Empty(await ExportAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_ByConfirmationNumber_ResolvesInviteesAndGuests()
    {
        var tenant = await NewTenantAsync();
        var catalog = tenant.Catalog;

        var results = await ActAsync(tenant, SessionRegActionType.Register, catalog.Unlimited.Id.ToString(),
            new SessionRegItem(null, " " + catalog.Accepted[1].ConfirmationNumber + " ", "a"),
            new SessionRegItem(null, catalog.Guest.ConfirmationNumber, "b"),
            new SessionRegItem(null, "NO-SUCH-NUMBER", "c"));

        Assert.Equal(
            [(catalog.Accepted[1].Id.ToString(), "a", RegistrationOutcome.Registered), (catalog.Guest.Id.ToString(), "b", RegistrationOutcome.Registered), (null, "c", RegistrationOutcome.Refused)],
            results.Select(r => (r.Id, r.ReferenceId, r.Outcome)));
        Assert.Equal(CventErrors.InviteeDoesNotExist, results[2].Error);
        Assert.Equal(
            [("Guest", catalog.Guest.Id.ToString()), ("Invitee", catalog.Accepted[1].Id.ToString())],
            (await ExportAsync(tenant)).Select(r => (r.RegistrantKind, r.RegistrantId)).Order());
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task AnotherAccountsIds_BehaveAsUnknown()
    {
        var mine = await NewTenantAsync();
        var theirs = await NewTenantAsync();

        Assert.Equal(CventErrors.InvalidProductId, (await RegisterAsync(mine, theirs.Catalog.Unlimited, mine.Catalog.Accepted[0].Id)).Error);
        var theirEvent = Assert.Single(await ActAsync(mine, SessionRegActionType.Register, theirs.Catalog.Event.Id.ToString(), Item(mine.Catalog.Accepted[0].Id)));
        Assert.Equal(CventErrors.InvalidProductId, theirEvent.Error);
        Assert.Equal(CventErrors.InviteeDoesNotExist, (await RegisterAsync(mine, mine.Catalog.Unlimited, theirs.Catalog.Accepted[0].Id)).Error);
        var byNumber = Assert.Single(await ActAsync(mine, SessionRegActionType.Register, theirs.Catalog.Unlimited.Id.ToString(),
            new SessionRegItem(null, theirs.Catalog.Accepted[0].ConfirmationNumber, null)));
        Assert.Equal(CventErrors.InvalidProductId, byNumber.Error);
        Assert.Empty(await ExportAsync(mine));
        Assert.Empty(await ExportAsync(theirs));
        await AssertInvariantsAsync();
    }

    private async Task<IReadOnlyList<(CventId Id, string Placement, int? Position)>> PlacesAsync(Tenant tenant) =>
        [.. (await ExportAsync(tenant)).OrderBy(r => r.Placement, StringComparer.Ordinal).ThenBy(r => r.WaitlistPosition).ThenBy(r => r.LastName, StringComparer.Ordinal)
            .Select(r => (CventId.Parse(r.RegistrantId), r.Placement, r.WaitlistPosition))];
}
