using Breakout.Domain;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task Race_ManyCallersForFewSeats_NeverOverbookAndPromoteInWaitlistOrder()
    {
        var tenant = await NewTenantAsync(RegistrationRace.Catalog());

        await RegistrationRace.RunAsync(_ => Store, tenant);
    }

    [Fact]
    public async Task Race_ForTwoSessionsOfAGroupAtOnce_GivesEachRegistrantOnlyOne()
    {
        var tenant = await NewTenantAsync(new TestCatalog(acceptedInvitees: 100));
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        var unlimited = new CatalogBatch { Sessions = [tenant.Catalog.GroupA with { Capacity = -1 }, tenant.Catalog.GroupB with { Capacity = -1 }] };
        Assert.Empty(await Store.ImportAsync(tenant.Account.Key, unlimited, TestContext.Current.CancellationToken));

        // Each person asks for Track A and Track B at the same moment, in calls of three people in opposite orders.
        var calls = people.Chunk(3).SelectMany(chunk => new[] { (tenant.Catalog.GroupA, chunk), (tenant.Catalog.GroupB, chunk.Reverse().ToArray()) });
        var answers = (await Task.WhenAll(calls.Select(call => Task.Run(() =>
            ActAsync(tenant, SessionRegActionType.Register, call.Item1.Id.ToString(), [.. call.Item2.Select(Item)]))))).SelectMany(r => r).ToArray();

        Assert.All(people, person => Assert.Equal(
            [(RegistrationOutcome.Refused, CventErrors.SessionGroupConflict.Code), (RegistrationOutcome.Registered, (string?)null)],
            answers.Where(a => a.Id == person.ToString()).Select(a => (a.Outcome, a.Error?.Code)).Order()));
        Assert.Equal(people.Length, (await ExportAsync(tenant)).Count);
        await AssertInvariantsAsync();
    }
}
