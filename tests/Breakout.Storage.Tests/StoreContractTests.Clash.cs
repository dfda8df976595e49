using System.Collections.Concurrent;
using Breakout.Domain;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset ClashDay = new(2027, 6, 14, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Register_IntoAnOverlappingSession_WhenTheEventRefusesClashes_IsRefusedNamingTheHeldSession()
    {
        var (tenant, s) = await NewClashTenantAsync(ClashPolicy.Refuse);
        var who = s.People[0];

        var morning = await RegisterAsync(tenant, s.Morning, who);
        var overlapping = await RegisterAsync(tenant, s.Overlapping, who);
        var afterwards = await RegisterAsync(tenant, s.Afterwards, who);
        var untimed = await RegisterAsync(tenant, s.Untimed, who);

        Assert.Equal(RegistrationOutcome.Registered, morning.Outcome);
        Assert.Equal(RegistrationOutcome.Refused, overlapping.Outcome);
        Assert.Equal("BO90208", overlapping.Error!.Code);
        Assert.Contains(s.Morning.Id.ToString(), overlapping.Error.Description, StringComparison.Ordinal);
        // Starting when the other ends is no overlap; a session without times clashes with nothing.
        Assert.Equal(RegistrationOutcome.Registered, afterwards.Outcome);
        Assert.Equal(RegistrationOutcome.Registered, untimed.Outcome);

        // Once the seat is given up, the overlapping session can be taken.
        await UnregisterAsync(tenant, s.Morning, who);
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, s.Overlapping, who)).Outcome);
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_IntoOverlappingSessions_WhenTheEventAllowsClashes_AsCventDoes_Succeeds()
    {
        var (tenant, s) = await NewClashTenantAsync(ClashPolicy.Allow);

        var results = await ActAsync(tenant, SessionRegActionType.Register, s.Overlapping.Id.ToString(), Item(s.People[0]), Item(s.People[1]));
        var morning = await ActAsync(tenant, SessionRegActionType.Register, s.Morning.Id.ToString(), Item(s.People[0]), Item(s.People[1]));

        Assert.All(results.Concat(morning), r => Assert.Equal(RegistrationOutcome.Registered, r.Outcome));
    }

    [Theory]
    [InlineData(ClashPolicy.Refuse, RegistrationOutcome.Registered)]
    [InlineData(ClashPolicy.RefuseIncludingWaitlist, RegistrationOutcome.Refused)]
    public async Task Register_NextToAWaitlistPlaceInAnOverlappingSession_DependsOnWhetherThePolicyCountsWaitlists(ClashPolicy policy, RegistrationOutcome expected)
    {
        var (tenant, s) = await NewClashTenantAsync(policy);
        var (holder, waiting) = (s.People[0], s.People[1]);
        Assert.Equal(RegistrationOutcome.Registered, (await RegisterAsync(tenant, s.FullMorning, holder)).Outcome);
        Assert.Equal(RegistrationOutcome.Waitlisted, (await RegisterAsync(tenant, s.FullMorning, waiting)).Outcome);

        var overlapping = await RegisterAsync(tenant, s.Overlapping, waiting);

        Assert.Equal(expected, overlapping.Outcome);
        Assert.Equal(expected == RegistrationOutcome.Refused ? "BO90208" : null, overlapping.Error?.Code);
    }

    [Fact]
    public async Task Register_SeveralItemsOfOneCall_SeeTheSeatsTheItemsBeforeThemTook()
    {
        var (tenant, s) = await NewClashTenantAsync(ClashPolicy.Refuse);
        await RegisterAsync(tenant, s.Morning, s.People[0]);

        // One call: the first registrant clashes, the others do not.
        var results = await ActAsync(tenant, SessionRegActionType.Register, s.Overlapping.Id.ToString(), [.. s.People.Take(3).Select(Item)]);

        Assert.Equal([RegistrationOutcome.Refused, RegistrationOutcome.Registered, RegistrationOutcome.Registered], results.Select(r => r.Outcome));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Register_OnePersonIntoTwoOverlappingSessionsAtOnce_OneOfTheTwoIsRefused()
    {
        var (tenant, s) = await NewClashTenantAsync(ClashPolicy.Refuse);

        // Each person is sent to both sessions by two calls at the same moment: the two sessions' rows are locked by
        // different transactions (on PostgreSQL, on different writers), so only the registrant's row orders them.
        var calls = s.People.SelectMany(p => new[] { (p, s.Morning), (p, s.Overlapping) })
            .Select(x => Task.Run(() => ActAsync(tenant, SessionRegActionType.Register, x.Item2.Id.ToString(), Item(x.p)))).ToArray();
        var results = (await Task.WhenAll(calls)).Select(r => Assert.Single(r)).ToList();

        foreach (var person in s.People)
        {
            var mine = results.Where(r => r.Id == person.ToString()).ToList();
            Assert.Equal(2, mine.Count);
            Assert.Single(mine, r => r.Outcome == RegistrationOutcome.Registered);
            Assert.Single(mine, r => r.Error?.Code == "BO90208");
        }

        var rows = await ExportAsync(tenant);
        Assert.Equal(s.People.Count, rows.Count);
        Assert.Equal(s.People.Count, rows.Select(r => r.RegistrantId).Distinct().Count());
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task Unregister_OnlyCalls_WhenTheEventRefusesClashes_AreAppliedAsOneSet_WithTheResultsOfItemByItem()
    {
        var (tenant, s) = await NewClashTenantAsync(ClashPolicy.Refuse);
        var people = s.People;
        var registered = await ActAsync(tenant, SessionRegActionType.Register, s.Morning.Id.ToString(), Item(people[0]), Item(people[1]), Item(people[2]));
        Assert.All(registered, r => Assert.Equal(RegistrationOutcome.Registered, r.Outcome));
        var paths = new ConcurrentQueue<string>();

        IReadOnlyList<SessionRegItemResult> unregistered, clashing;
        using (StoreMeasurements.Listen(StoreTelemetry.SessionRegCallsInstrument, Fixture.DatabaseName, "path", paths.Enqueue))
        {
            unregistered = await ActAsync(tenant, SessionRegActionType.Unregister, s.Morning.Id.ToString(),
                Item(people[0]), Item(people[0]), Item(people[5]), new SessionRegItem("not-an-id", null, "bad"), Item(people[2]));
            clashing = await ActAsync(tenant, SessionRegActionType.Register, s.Overlapping.Id.ToString(), Item(people[1]));
        }

        // The answers item-by-item gave before (Unregister_MixedBatch_WithoutWaitlist_GivesEveryItemItsOwnResult_InOrder).
        Assert.Equal(
            [
                (people[0].ToString(), "m-" + people[0], RegistrationOutcome.Unregistered, null),
                (people[0].ToString(), "m-" + people[0], RegistrationOutcome.Refused, CventErrors.NotRegistered.Code),
                (people[5].ToString(), "m-" + people[5], RegistrationOutcome.Refused, CventErrors.NotRegistered.Code),
                ("not-an-id", "bad", RegistrationOutcome.Refused, CventErrors.MalformedId.Code),
                (people[2].ToString(), "m-" + people[2], RegistrationOutcome.Unregistered, null),
            ],
            unregistered.Select(r => (r.Id, r.ReferenceId, r.Outcome, r.Error?.Code)));
        Assert.Equal("BO90208", Assert.Single(clashing).Error?.Code); // a registration still checks, item by item
        Assert.Equal(["set", "item"], paths);
        Assert.Equal([people[1].ToString()], (await ExportAsync(tenant)).Where(r => r.SessionId == s.Morning.Id.ToString()).Select(r => r.RegistrantId));
        await AssertInvariantsAsync();
    }

    private async Task<(Tenant Tenant, ClashSessions Sessions)> NewClashTenantAsync(ClashPolicy policy)
    {
        var tenant = await NewTenantAsync();
        var day = new EventRecord(CventId.New(), "Clash day", "CLASH", EventStatus.Active, ClashDay, ClashDay.AddDays(1), "UTC") { ClashPolicy = policy };
        SessionRecord At(string name, int fromHour, int fromMinute, int toHour, int toMinute, int capacity = -1, int waitlist = 0) => new(
            CventId.New(), day.Id, name, name.ToUpperInvariant(), ClashDay.AddHours(fromHour).AddMinutes(fromMinute), ClashDay.AddHours(toHour).AddMinutes(toMinute),
            ProductStatus.OpenForRegistration, null, capacity, waitlist > 0, waitlist, null, false);
        var sessions = new ClashSessions(
            At("Morning", 10, 0, 11, 0), At("Overlapping", 10, 30, 11, 30), At("Afterwards", 11, 30, 12, 30),
            At("FullMorning", 9, 0, 10, 45, capacity: 1, waitlist: 5),
            new SessionRecord(CventId.New(), day.Id, "Untimed", "UNTIMED", null, null, ProductStatus.OpenForRegistration, null, -1, false, 0, null, false),
            [.. Enumerable.Range(0, 8).Select(_ => CventId.New())]);
        var invitees = sessions.People.Select((id, i) =>
            new InviteeRecord(id, day.Id, null, $"CLS{i:D6}", InviteeStatus.Accepted, $"Clash{i}", "Person", $"clash{i}@example.com")).ToList();
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, new CatalogBatch
        {
            Events = [day],
            Sessions = [sessions.Morning, sessions.Overlapping, sessions.Afterwards, sessions.FullMorning, sessions.Untimed],
            Invitees = invitees,
        }, TestContext.Current.CancellationToken));
        return (tenant, sessions);
    }

    private sealed record ClashSessions(
        SessionRecord Morning, SessionRecord Overlapping, SessionRecord Afterwards, SessionRecord FullMorning, SessionRecord Untimed, IReadOnlyList<CventId> People);
}
