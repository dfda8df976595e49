using Breakout.Domain;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task DryRun_AnswersWhatTheCallWouldAnswer_AndLeavesNothingBehind()
    {
        var tenant = await NewTenantAsync();
        var small = tenant.Catalog.Small;
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray()[..5];
        await RegisterAsync(tenant, small, people[0]);
        var ct = TestContext.Current.CancellationToken;
        var usedBefore = await Store.CountApiCallAsync(tenant.Account.Key, 740_500, 100, ct);

        IReadOnlyList<SessionRegItemResult> dry;
        long? usedDry;
        using (DryRun.Begin())
        {
            dry = await ActAsync(tenant, SessionRegActionType.Register, small.Id.ToString(), [.. people.Select(Item)]);
            usedDry = await Store.CountApiCallAsync(tenant.Account.Key, 740_500, 100, ct);
        }

        var exportAfterDry = await ExportAsync(tenant);
        var timelineAfterDry = await Store.RegistrantTimelineAsync(tenant.Account.Key, people[1], ct);
        var real = await ActAsync(tenant, SessionRegActionType.Register, small.Id.ToString(), [.. people.Select(Item)]);

        Assert.Equal(real, dry);
        Assert.Equal(
            [RegistrationOutcome.Refused, RegistrationOutcome.Registered, RegistrationOutcome.Waitlisted, RegistrationOutcome.Waitlisted, RegistrationOutcome.Refused],
            dry.Select(r => r.Outcome));
        Assert.Equal(people[0].ToString(), Assert.Single(exportAfterDry).RegistrantId);
        Assert.Empty(timelineAfterDry);
        Assert.Equal(usedBefore + 1, usedDry);
        Assert.Equal(usedBefore + 1, await Store.CountApiCallAsync(tenant.Account.Key, 740_500, 100, ct));
        Assert.Equal(4, (await ExportAsync(tenant)).Count); // two seats, two waiting
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task DryRuns_AmongConcurrentRealCalls_ChangeNothing_AndDoNotDisturbTheRealOnes()
    {
        var tenant = await NewTenantAsync();
        var session = tenant.Catalog.Single;
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        var (realPeople, dryPeople) = (people[..4], people[4..8]);

        var calls = realPeople.Select(p => (Dry: false, Person: p)).Concat(dryPeople.Select(p => (Dry: true, Person: p)))
            .OrderBy(c => c.Person.GetHashCode())
            .Select(async c =>
            {
                using var scope = c.Dry ? DryRun.Begin() : null;
                return (c.Dry, c.Person, Result: Assert.Single(await ActAsync(tenant, SessionRegActionType.Register, session.Id.ToString(), Item(c.Person))));
            });
        var results = await Task.WhenAll(calls);

        // The one seat goes to one of the real calls; the dry ones each answered as if they ran alone or after others.
        var holder = Assert.Single(await ExportAsync(tenant));
        Assert.Contains(realPeople, p => p.ToString() == holder.RegistrantId);
        Assert.Single(results, r => !r.Dry && r.Result.Outcome == RegistrationOutcome.Registered);
        Assert.All(results.Where(r => r.Dry), r => Assert.Contains(r.Result.Outcome, new[] { RegistrationOutcome.Registered, RegistrationOutcome.Refused }));
        foreach (var person in dryPeople)
        {
            Assert.Empty(await Store.RegistrantTimelineAsync(tenant.Account.Key, person, TestContext.Current.CancellationToken));
        }

        await AssertInvariantsAsync();
    }
}
