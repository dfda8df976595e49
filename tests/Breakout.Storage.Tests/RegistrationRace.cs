using System.Collections.Concurrent;
using Breakout.Domain;

namespace Breakout.Storage.Tests;

/// <summary>
/// The race the capacity guarantee is about: many concurrent calls, some with one item and some with several,
/// register far more Accepted invitees than a session has seats and waitlist places; then some of the registered
/// leave at once. Every answer is checked against the final state of the store.
/// </summary>
public static class RegistrationRace
{
    public const int Invitees = 2000;
    public const int Capacity = 100;
    public const int WaitlistCapacity = 50;
    public const int Workers = 40;
    public const int Leavers = 30;

    /// <summary>A catalogue with just the race session and its invitees.</summary>
    public static TestCatalog Catalog() => new(Invitees);

    /// <param name="storeFor">The store (node) that worker <c>n</c> calls.</param>
    public static async Task RunAsync(Func<int, IBreakoutStore> storeFor, StoreContractTests.Tenant tenant)
    {
        var session = tenant.Catalog.Batch.Sessions.Single(s => s.Name == "Small") with { Capacity = Capacity, WaitlistCapacity = WaitlistCapacity };
        var reader = storeFor(0);
        Assert.Empty(await reader.ImportAsync(tenant.Account.Key, new CatalogBatch { Sessions = [session] }, TestContext.Current.CancellationToken));
        var product = session.Id.ToString();
        var people = tenant.Catalog.Accepted.Select(i => i.Id).ToArray();

        // Calls of 1, 1, 3, 1, 7 and 2 items, in turn.
        var calls = new ConcurrentQueue<CventId[]>();
        int[] sizes = [1, 1, 3, 1, 7, 2];
        for (int next = 0, n = 0; next < people.Length; next += sizes[n++ % sizes.Length])
        {
            calls.Enqueue(people[next..Math.Min(people.Length, next + sizes[n % sizes.Length])]);
        }

        var answers = new ConcurrentBag<SessionRegItemResult>();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            while (calls.TryDequeue(out var call))
            {
                var results = await Act(storeFor(worker), tenant, SessionRegActionType.Register, product, call);
                Assert.Equal(call.Select(id => id.ToString()), results.Select(r => r.Id));
                foreach (var result in results)
                {
                    answers.Add(result);
                }
            }
        })));

        var (registered, waitlisted) = await PlacesAsync(reader, tenant, session);
        Assert.Equal(Invitees, answers.Count);
        Assert.Equal(Capacity, registered.Count);
        Assert.Equal(WaitlistCapacity, waitlisted.Count);
        Assert.Equal(Enumerable.Range(1, WaitlistCapacity), waitlisted.Select(w => w.Position));
        var waitlistPositions = waitlisted.ToDictionary(w => w.Id, w => w.Position);
        foreach (var answer in answers)
        {
            switch (answer.Outcome)
            {
                case RegistrationOutcome.Registered:
                    Assert.Null(answer.Error);
                    Assert.Contains(answer.Id!, registered);
                    break;
                case RegistrationOutcome.Waitlisted:
                    Assert.Equal(CventErrors.Waitlisted.Code, answer.Error!.Code);
                    Assert.EndsWith($"at position {waitlistPositions[answer.Id!]}", answer.Error.Description, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Equal((RegistrationOutcome.Refused, CventErrors.SessionFull), (answer.Outcome, answer.Error));
                    Assert.DoesNotContain(answer.Id!, registered);
                    Assert.False(waitlistPositions.ContainsKey(answer.Id!));
                    break;
            }
        }

        Assert.Equal(Capacity, answers.Count(a => a.Outcome == RegistrationOutcome.Registered));
        Assert.Equal(WaitlistCapacity, answers.Count(a => a.Outcome == RegistrationOutcome.Waitlisted));
        Assert.Empty(await reader.VerifyAsync(TestContext.Current.CancellationToken));

        // Leavers at once: each frees a seat that the head of the waitlist takes, so the first 30 waiting are promoted.
        var leavers = registered.Order(StringComparer.Ordinal).Take(Leavers).ToArray();
        var left = await Task.WhenAll(leavers.Select((id, n) => Task.Run(() =>
            Act(storeFor(n), tenant, SessionRegActionType.Unregister, product, CventId.Parse(id)))));
        Assert.All(left, results => Assert.Equal(RegistrationOutcome.Unregistered, Assert.Single(results).Outcome));

        var (registeredAfter, waitlistedAfter) = await PlacesAsync(reader, tenant, session);
        var promoted = waitlisted.Take(Leavers).Select(w => w.Id).ToHashSet();
        Assert.Equal(registered.Except(leavers).Union(promoted).Order(StringComparer.Ordinal), registeredAfter.Order(StringComparer.Ordinal));
        Assert.Equal(
            waitlisted.Skip(Leavers).Select((w, n) => (w.Id, n + 1)),
            waitlistedAfter.Select(w => (w.Id, w.Position)));
        Assert.Empty(await reader.VerifyAsync(TestContext.Current.CancellationToken));
    }

    private static Task<IReadOnlyList<SessionRegItemResult>> Act(
        IBreakoutStore store, StoreContractTests.Tenant tenant, SessionRegActionType action, string product, params CventId[] people) =>
        store.SessionRegActionAsync(
            new SessionRegCommand(tenant.Account.Key, tenant.User.Key, Guid.NewGuid(), action, product, [.. people.Select(p => new SessionRegItem(p.ToString(), null, null))]),
            TestContext.Current.CancellationToken);

    private static async Task<(HashSet<string> Registered, List<(string Id, int Position)> Waitlisted)> PlacesAsync(
        IBreakoutStore store, StoreContractTests.Tenant tenant, SessionRecord session)
    {
        var registered = new HashSet<string>(StringComparer.Ordinal);
        var waitlisted = new List<(string Id, int Position)>();
        await foreach (var row in store.ExportRegistrationsAsync(tenant.Account.Key, TestContext.Current.CancellationToken))
        {
            Assert.Equal(session.Id.ToString(), row.SessionId);
            if (row.Placement == "Registered")
            {
                Assert.True(registered.Add(row.RegistrantId));
            }
            else
            {
                waitlisted.Add((row.RegistrantId, row.WaitlistPosition!.Value));
            }
        }

        return (registered, [.. waitlisted.OrderBy(w => w.Position)]);
    }
}
