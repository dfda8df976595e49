using System.Collections.Concurrent;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.TestSupport;

/// <summary>
/// The overbooking race of issue 5: many concurrent clients, spread over one or more nodes, register 2,000 Accepted
/// invitees into a session of capacity 100 with a waitlist of 50, then unregister 30 of the registered.
/// </summary>
public sealed class RegistrationRace
{
    public const int Invitees = 2000;
    public const int Capacity = 100;
    public const int WaitlistCapacity = 50;

    private RegistrationRace(CatalogBatch batch)
    {
        Batch = batch;
        SessionId = batch.Sessions[0].Id.ToString();
        InviteeIds = [.. batch.Invitees.Select(i => i.Id.ToString())];
    }

    public CatalogBatch Batch { get; }

    public string SessionId { get; }

    public IReadOnlyList<string> InviteeIds { get; }

    /// <summary>A new event with the race session and its invitees, to import into the demo account.</summary>
    public static RegistrationRace Create()
    {
        var e = new EventRecord(CventId.New(), "Race", "RACE", EventStatus.Active, null, null, "UTC");
        var session = new SessionRecord(CventId.New(), e.Id, "Race session", "RACE1", null, null, ProductStatus.OpenForRegistration, null,
            Capacity, true, WaitlistCapacity, null, false);
        var invitees = Enumerable.Range(1, Invitees)
            .Select(i => new InviteeRecord(CventId.New(), e.Id, null, $"RACE{i:D5}", InviteeStatus.Accepted, "Racer", $"No{i}", $"r{i}@example.com"))
            .ToList();
        return new RegistrationRace(new CatalogBatch { Events = [e], Sessions = [session], Invitees = invitees });
    }

    /// <summary>Registers every invitee in calls of 1 to 5 items from <paramref name="concurrency"/> workers, calls spread round-robin over the nodes.</summary>
    public async Task<IReadOnlyDictionary<string, ItemResult>> RegisterAllAsync(IReadOnlyList<(SoapClient Client, string Token)> nodes, int concurrency)
    {
        var random = new Random(5);
        var chunks = new ConcurrentQueue<(int Index, string[] Ids)>();
        for (int i = 0, n = 0; i < InviteeIds.Count; n++)
        {
            var size = Math.Min(random.Next(1, 6), InviteeIds.Count - i);
            chunks.Enqueue((n, [.. InviteeIds.Skip(i).Take(size)]));
            i += size;
        }

        var results = new ConcurrentDictionary<string, ItemResult>();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (chunks.TryDequeue(out var chunk))
            {
                var (client, token) = nodes[chunk.Index % nodes.Count];
                var answer = await client.SessionRegActionAsync(token, "Register", SessionId, chunk.Ids);
                for (var k = 0; k < chunk.Ids.Length; k++)
                {
                    results[chunk.Ids[k]] = answer[k];
                }
            }
        }));
        return results;
    }

    /// <summary>Unregisters the given people concurrently, one call each, spread over the nodes.</summary>
    public async Task<IReadOnlyList<ItemResult>> UnregisterAsync(IReadOnlyList<(SoapClient Client, string Token)> nodes, IReadOnlyList<string> ids) =>
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            var (client, token) = nodes[i % nodes.Count];
            return (await client.SessionRegActionAsync(token, "Unregister", SessionId, [id]))[0];
        }));

    /// <summary>The session's seats and waitlist (in position order) as the store has them.</summary>
    public async Task<(HashSet<string> Registered, List<string> Waitlist)> StateAsync(IBreakoutStore store, long accountKey)
    {
        var rows = await store.ExportRegistrationsAsync(accountKey).Where(r => r.SessionId == SessionId).ToListAsync();
        return ([.. rows.Where(r => r.Placement == "Registered").Select(r => r.RegistrantId)],
            [.. rows.Where(r => r.Placement == "Waitlisted").OrderBy(r => r.WaitlistPosition).Select(r => r.RegistrantId)]);
    }
}
