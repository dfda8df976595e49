using System.Collections.Concurrent;
using Breakout.Admin;
using Breakout.Domain;
using Breakout.Domain.Invitees;
using Breakout.Storage.Sql;
using Breakout.TestSupport;

namespace Breakout.Storage.Tests;

/// <summary>
/// Two nodes on one PostgreSQL database, many clients, calls spread over several sessions with the same invitees:
/// a writer's transaction then holds calls on several sessions, and two nodes must never lock the same rows in
/// opposite orders. Deadlocks are counted by the store's <see cref="GroupCommitQueue.RerunsInstrument"/> measurements
/// (PostgreSQL's own pg_stat_database counter is flushed lazily), tagged with this test's database.
/// </summary>
public sealed class PostgresLockOrderTests
{
    private const int Sessions = 6;
    private const int Clients = 16;
    private const int CallsPerClient = 40;
    private const int Invitees = 24;

    [Fact]
    public Task CallsOnSeveralSessions_FromTwoNodes_NeverDeadlock_AndAllApply() =>
        OnTwoNodesAsync("LOCKORDER", [], async (nodes, account, user, people, sessions, ct) =>
        {
            // Client c registers then unregisters a window of four invitees shared with its neighbours, on session
            // (c + i) mod 6: at any moment each session has calls from several clients on both nodes.
            var outcomes = new ConcurrentBag<RegistrationOutcome>();
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
            {
                for (var i = 0; i < CallsPerClient; i++)
                {
                    var session = sessions[(client + (i / 2)) % Sessions].Id.ToString();
                    var action = i % 2 == 0 ? SessionRegActionType.Register : SessionRegActionType.Unregister;
                    var items = Enumerable.Range(0, 4).Select(k => new SessionRegItem(people[(client + k) % Invitees], null, null)).ToArray();
                    var results = await nodes[client % 2].SessionRegActionAsync(new SessionRegCommand(account.Key, user.Key, Guid.NewGuid(), action, session, items), ct);
                    foreach (var result in results)
                    {
                        outcomes.Add(result.Outcome);
                    }
                }
            }, ct)));

            // Neighbours share invitees, so some items are refused as already (un)registered: that is the answer.
            Assert.Equal(Clients * CallsPerClient * 4, outcomes.Count);
            Assert.Contains(RegistrationOutcome.Registered, outcomes);
        });

    /// <summary>
    /// UpdateRegistrationType takes and gives up seats in several sessions at once (those its old and new types
    /// include), while SessionRegAction calls on the same sessions run on the other node: both lock sessions in key
    /// order before registrants, so no deadlock is ever rerun and every seat count stays exact.
    /// </summary>
    [Fact]
    public Task RegistrationTypeChanges_AndSessionRegActionOnTheSameSessions_FromTwoNodes_NeverDeadlock() =>
        OnTwoNodesAsync("LOCKTYPES", [("Even", [0, 2, 4]), ("Odd", [5, 3, 1])], async (nodes, account, user, people, sessions, ct) =>
        {
            // Even clients move a window of four invitees between the two types; odd clients register and
            // unregister the neighbouring invitees on one session after another, on the other node.
            var failures = new ConcurrentBag<string>();
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
            {
                for (var i = 0; i < CallsPerClient / 2; i++)
                {
                    var window = Enumerable.Range(0, 4).Select(k => people[(client + k) % Invitees]).ToArray();
                    if (client % 2 == 0)
                    {
                        var results = await nodes[0].UpdateRegistrationTypesAsync(new UpdateRegistrationTypesCommand(account.Key, user.Key, Guid.NewGuid(),
                            sessions[0].EventId.ToString(), [.. window.Select(id => new RegistrationTypeInput(id, null, null, i % 2 == 0 ? "EVEN" : "ODD"))]), ct);
                        foreach (var result in results.Where(r => !r.Success))
                        {
                            failures.Add(result.Error!.Code);
                        }
                    }
                    else
                    {
                        var action = i % 2 == 0 ? SessionRegActionType.Register : SessionRegActionType.Unregister;
                        await nodes[1].SessionRegActionAsync(new SessionRegCommand(account.Key, user.Key, Guid.NewGuid(), action,
                            sessions[(client + (i / 2)) % Sessions].Id.ToString(), [.. window.Select(id => new SessionRegItem(id, null, null))]), ct);
                    }
                }
            }, ct)));

            // The sessions are unlimited: a type change never has a reason to be refused.
            Assert.Empty(failures);
        });

    /// <summary>
    /// Two stores on a fresh PostgreSQL database with an account of <see cref="Invitees"/> accepted invitees, six
    /// unlimited sessions and the given registration types (name, and the indexes of the sessions each includes):
    /// runs <paramref name="load"/>, then asserts no deadlock was rerun and the store's invariants hold.
    /// </summary>
    private static async Task OnTwoNodesAsync(string accountNumber, (string Name, int[] Sessions)[] types,
        Func<IBreakoutStore[], AccountRecord, ApiUserRecord, string[], SessionRecord[], CancellationToken, Task> load)
    {
        var (database, skip) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skip!);
        }

        await using (database)
        {
            var ct = TestContext.Current.CancellationToken;
            var clock = new ManualClock(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
            var options = new StoreOptions { Postgres = database.ConnectionString };
            var nodes = await Task.WhenAll(StoreFactory.OpenAsync(options, clock), StoreFactory.OpenAsync(options, clock));
            var reruns = new ConcurrentBag<string>();
            using var listener = StoreMeasurements.Listen(GroupCommitQueue.RerunsInstrument, database.Name, "reason", reruns.Add);
            try
            {
                var catalog = new TestCatalog(Invitees);
                var sessions = Enumerable.Range(0, Sessions).Select(n => catalog.Unlimited with { Id = CventId.New(), Name = $"Parallel {n}", Code = $"P{n}" }).ToArray();
                var account = await nodes[0].CreateAccountAsync(accountNumber, "Lock order", ct);
                var user = await nodes[0].CreateApiUserAsync(account.Key, "api", "not-a-real-hash", "", ct);
                Assert.Empty(await nodes[0].ImportAsync(account.Key, new CatalogBatch
                {
                    Events = [catalog.Event],
                    Sessions = sessions,
                    Invitees = catalog.Accepted,
                    RegistrationTypes = [.. types.Select(t => new RegistrationTypeRecord(
                        CventId.New(), catalog.Event.Id, t.Name, t.Name.ToUpperInvariant(), -1, [.. t.Sessions.Select(i => sessions[i].Id)]))],
                }, ct));

                await load(nodes, account, user, [.. catalog.Accepted.Select(i => i.Id.ToString())], sessions, ct);

                Assert.DoesNotContain("40P01", reruns);
                Assert.Empty(await nodes[1].VerifyAsync(ct));
            }
            finally
            {
                foreach (var node in nodes)
                {
                    await node.DisposeAsync();
                }
            }
        }
    }
}
