using Breakout.Storage.Sqlite;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>SIGKILL a node in the middle of a stream of SessionRegAction calls; nothing answered may be lost.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task KillNine_MidStream_KeepsEveryAnsweredRegistration_AndNoHalfAppliedCall()
    {
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "crash-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(directory, "breakout.db");
        IReadOnlyList<KillMidStream.Call> calls;
        DemoInviteeIds ids;
        try
        {
            await using (var node = await BreakoutProcess.StartAsync(directory, ["--db", database]))
            {
                ids = new DemoInviteeIds(node.Manifest);
                using var client = new SoapClient(node.Endpoint);
                var token = await client.LoginAsync(node.Manifest.AccountNumber, node.Manifest.UserName, node.Manifest.Password);
                calls = await KillMidStream.RunAsync(node, client, token, ids.Lounge, ids.Accepted, killAfter: 60);
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

            Assert.Null(KillMidStream.Check(calls, registered, ids.Accepted.Count));
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
