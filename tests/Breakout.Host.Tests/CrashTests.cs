using System.Collections.Concurrent;
using Breakout.Storage.Sqlite;
using Breakout.Testing;

namespace Breakout.Host.Tests;

/// <summary>SIGKILL a node in the middle of a stream of SessionRegAction calls; nothing answered may be lost.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task KillNine_MidStream_KeepsEveryAnsweredRegistration_AndNoHalfAppliedCall()
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "crash-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(directory, "breakout.db");
        var calls = new ConcurrentBag<(string[] Ids, IReadOnlyList<ItemResult>? Answer)>();
        DemoInviteeIds ids;
        try
        {
            await using (var node = await BreakoutProcess.StartAsync(directory, ["--db", database]))
            {
                ids = new DemoInviteeIds(node.Manifest);
                using var client = new SoapClient(node.Endpoint);
                var token = await client.LoginAsync(node.Manifest.AccountNumber, node.Manifest.UserName, node.Manifest.Password);
                var chunks = new ConcurrentQueue<string[]>(ids.Accepted.Chunk(4));
                var answered = 0;
                var workers = Enumerable.Range(0, 8).Select(async _ =>
                {
                    while (chunks.TryDequeue(out var chunk))
                    {
                        try
                        {
                            calls.Add((chunk, await client.SessionRegActionAsync(token, "Register", ids.Lounge, chunk)));
                            Interlocked.Increment(ref answered);
                        }
                        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
                        {
                            calls.Add((chunk, null));
                            return;
                        }
                    }
                }).ToList();

                // Kill once a good part of the stream has been answered, while the rest is in flight.
                while (Volatile.Read(ref answered) < 60 && !chunks.IsEmpty)
                {
                    await Task.Delay(5);
                }

                await node.KillAsync();
                await Task.WhenAll(workers);
            }

            // The node starts again on the same file (WAL recovery) and serves.
            await using (var restarted = await BreakoutProcess.StartAsync(directory, ["--db", database]))
            {
                using var client = new SoapClient(restarted.Endpoint);
                await client.LoginAsync(restarted.Manifest.AccountNumber, restarted.Manifest.UserName, restarted.Manifest.Password);
            }

            await using var store = new SqliteStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
            var registered = (await store.ExportRegistrationsAsync(1).Where(r => r.SessionId == ids.Lounge).ToListAsync())
                .Select(r => r.RegistrantId).ToHashSet();

            // The kill landed mid-stream: some calls were answered, and not every invitee got a call answered.
            Assert.Contains(calls, c => c.Answer is not null);
            Assert.True(calls.Where(c => c.Answer is not null).Sum(c => c.Ids.Length) < ids.Accepted.Count);
            foreach (var (chunkIds, answer) in calls)
            {
                if (answer is not null)
                {
                    Assert.All(answer, r => Assert.True(r.Success));
                    Assert.All(chunkIds, id => Assert.Contains(id, registered));
                }
                else
                {
                    // Unanswered: the call was applied entirely or not at all.
                    Assert.True(chunkIds.All(registered.Contains) || !chunkIds.Any(registered.Contains), "half-applied call");
                }
            }

            Assert.Empty(await store.VerifyAsync());
            var (exit, report) = await VerifyCommand.RunAsync("--db", database);
            Assert.True(exit == 0, report);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed class DemoInviteeIds(Breakout.Admin.DemoManifest manifest)
    {
        public string Lounge { get; } = manifest.Events[0].Sessions.Single(s => s.Code == "NET").Id;

        public IReadOnlyList<string> Accepted { get; } = [.. manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Select(i => i.Id)];
    }
}
