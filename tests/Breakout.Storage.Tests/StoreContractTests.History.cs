using Breakout.Domain;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// Issue 21 (history at any instant): after a random sequence of SessionRegAction calls (registrations,
    /// unregistrations, waitlisting, promotions, refusals, several items per call), the registrations rebuilt from
    /// the history for each instant between calls are exactly those the store held at that instant.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task ExportAt_AnyInstant_EqualsTheRegistrationsHeldThen_AfterRandomCalls(int seed)
    {
        var tenant = await NewTenantAsync();
        var random = new Random(seed);
        SessionRecord[] sessions = [tenant.Catalog.Small, tenant.Catalog.Single, tenant.Catalog.Unlimited, tenant.Catalog.GroupA, tenant.Catalog.GroupB];
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();
        var held = new List<(DateTimeOffset At, IReadOnlyList<RegistrationRow> Rows)> { (Fixture.Clock.GetUtcNow().AddMilliseconds(-1), []) };
        for (var call = 0; call < 40; call++)
        {
            Fixture.Clock.Advance(TimeSpan.FromMilliseconds(random.Next(1, 90_000)));
            var session = sessions[random.Next(sessions.Length)];
            var action = random.Next(3) == 0 ? SessionRegActionType.Unregister : SessionRegActionType.Register;
            var items = people.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(Item).ToArray();
            await ActAsync(tenant, action, session.Id.ToString(), items);
            held.Add((Fixture.Clock.GetUtcNow(), await ExportAsync(tenant)));
        }

        var history = (IRegistrationHistory)Store;
        foreach (var (at, rows) in held)
        {
            var rebuilt = await history.ExportRegistrationsAtAsync(tenant.Account.Key, at, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(Comparable(rows), Comparable(rebuilt));
            foreach (var session in sessions)
            {
                // The console's "as at" view: the same replay, read from one session's history.
                var one = await history.ExportRegistrationsAtAsync(tenant.Account.Key, at, session.Id, TestContext.Current.CancellationToken)
                    .ToListAsync(TestContext.Current.CancellationToken);
                Assert.Equal(rebuilt.Where(r => r.SessionId == session.Id.ToString()), one);
            }
        }

        Assert.Contains(held, h => h.Rows.Any(r => r.Placement == "Waitlisted"));
        await AssertInvariantsAsync();

        static List<RegistrationRow> Comparable(IEnumerable<RegistrationRow> rows) =>
            [.. rows.OrderBy(r => r.SessionId, StringComparer.Ordinal).ThenBy(r => r.Placement, StringComparer.Ordinal)
                .ThenBy(r => r.WaitlistPosition).ThenBy(r => r.RegistrantId, StringComparer.Ordinal)];
    }

    [Fact]
    public async Task ExportAt_AnotherAccountsHistory_IsNeverIncluded()
    {
        var mine = await NewTenantAsync();
        var other = await NewTenantAsync();
        await RegisterAsync(other, other.Catalog.Unlimited, other.Catalog.Accepted[0].Id);

        var rebuilt = await ((IRegistrationHistory)Store).ExportRegistrationsAtAsync(mine.Account.Key, Fixture.Clock.GetUtcNow(), TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.Empty(rebuilt);
        Assert.Empty(await ((IRegistrationHistory)Store).ExportRegistrationsAtAsync(mine.Account.Key, Fixture.Clock.GetUtcNow(), other.Catalog.Unlimited.Id, TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken));
        Assert.Single(await ((IRegistrationHistory)Store).ExportRegistrationsAtAsync(other.Account.Key, Fixture.Clock.GetUtcNow(), TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken));
    }
}
