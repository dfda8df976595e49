using System.Globalization;
using Breakout.Admin;
using Breakout.Domain;
using Breakout.Storage;

namespace Breakout.Bench;

/// <summary>
/// The benchmark's invitees: Accepted invitees of the demo conference with predictable IDs, imported through the
/// store (the same path as <c>Breakout.Admin</c> imports), and a file listing them for the wrk Lua scripts.
/// </summary>
public static class BenchPool
{
    /// <summary>Rows per import call: large enough to be quick, small enough to keep the import's memory flat.</summary>
    private const int ImportChunk = 20_000;

    /// <summary>The demo session with unlimited capacity that the single-invitee load registers into and out of.</summary>
    public const string SessionCode = "NET";

    /// <summary>
    /// Unlimited sessions that the batch load fills one after another, each with the whole batch pool: every item of
    /// every batch call is a fresh registration until all of them are full (400 sessions × the pool).
    /// </summary>
    public const int BatchSessions = 400;

    /// <summary>The ID of batch session <paramref name="index"/>: a fixed prefix, then the index in hex.</summary>
    public static CventId BatchSessionId(int index) =>
        new(Guid.Parse("B1000000-0000-4000-8000-" + index.ToString("X12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>The ID of pool invitee <paramref name="index"/>: a fixed prefix, then the index in hex.</summary>
    public static CventId InviteeId(int index) =>
        new(Guid.Parse("B0000000-0000-4000-8000-" + index.ToString("X12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    /// <summary>
    /// Imports <see cref="BatchSessions"/> unlimited sessions and <paramref name="count"/> Accepted invitees into the demo
    /// conference (the demo tenant must exist), then writes <paramref name="idsPath"/>: on the first line the ID of the
    /// single-invitee session, then those of the batch sessions, separated by spaces; one invitee ID per line after it.
    /// The file is written under a temporary name and renamed, so its presence means the server is ready.
    /// </summary>
    public static async Task ImportAsync(IBreakoutStore store, int count, string idsPath, CancellationToken cancellationToken = default)
    {
        var account = await store.FindAccountAsync(DemoTenant.AccountNumber, cancellationToken)
            ?? throw new InvalidOperationException("The demo tenant does not exist; start with --demo.");
        var demo = DemoTenant.Build();
        var conference = demo.Events[0];
        var session = demo.Sessions.Single(s => s.Code == SessionCode);
        var batchSessions = Enumerable.Range(0, BatchSessions)
            .Select(i => session with { Id = BatchSessionId(i), Name = $"Bench Session {i:D3}", Code = $"BEN{i:D3}" })
            .ToList();
        var sessionErrors = await store.ImportAsync(account.Key, new CatalogBatch { Sessions = batchSessions }, cancellationToken);
        if (sessionErrors.Count > 0)
        {
            throw new InvalidOperationException($"The bench sessions could not be imported: {sessionErrors[0].Message}");
        }

        for (var start = 0; start < count; start += ImportChunk)
        {
            var invitees = new List<InviteeRecord>(Math.Min(ImportChunk, count - start));
            for (var i = start; i < Math.Min(start + ImportChunk, count); i++)
            {
                invitees.Add(new InviteeRecord(InviteeId(i), conference.Id, null, $"BEN{i:D8}", InviteeStatus.Accepted,
                    "Bench", $"Invitee{i:D8}", $"bench{i:D8}@example.com"));
            }

            var errors = await store.ImportAsync(account.Key, new CatalogBatch { Invitees = invitees }, cancellationToken);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"The bench invitees could not be imported: {errors[0].Message}");
            }
        }

        var temp = idsPath + ".tmp";
        await using (var writer = new StreamWriter(temp))
        {
            await writer.WriteLineAsync(string.Join(' ', [session.Id.ToString(), .. batchSessions.Select(s => s.Id.ToString())]));
            for (var i = 0; i < count; i++)
            {
                await writer.WriteLineAsync(InviteeId(i).ToString());
            }
        }

        File.Move(temp, idsPath, overwrite: true);
    }
}
