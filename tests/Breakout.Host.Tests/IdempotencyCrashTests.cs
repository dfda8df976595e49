using System.Xml.Linq;
using Breakout.Storage.Sqlite;
using Breakout.TestSupport;

namespace Breakout.Host.Tests;

/// <summary>
/// SIGKILL between the commit of a call with an <c>Idempotency-Key</c> and its response (docs/idempotency.md): the
/// retry after the restart answers the stored response, and the call ran once.
/// </summary>
public sealed class IdempotencyCrashTests
{
    /// <summary>The test-only fault point of the host (TestDouble/IdempotencyCrashPoint), honoured with <c>--test-mode</c> only.</summary>
    private const string KillAfterCommit = "BREAKOUT_TEST_KILL_AFTER_IDEMPOTENT_COMMIT";

    [Fact]
    public async Task KillNine_BetweenCommitAndResponse_TheRetryAfterRestart_AnswersTheStoredResponse_AndTheCallRanOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "idem-crash-" + Guid.NewGuid().ToString("N"));
        var database = Path.Combine(directory, "breakout.db");
        using var http = new HttpClient();
        try
        {
            string envelope, lounge;
            await using (var node = await BreakoutProcess.StartAsync(directory, ["--db", database, "--test-mode"], ct,
                new Dictionary<string, string> { [KillAfterCommit] = "1" }))
            {
                using var client = new SoapClient(node.Endpoint);
                var token = await client.LoginAsync(node.Manifest.AccountNumber, node.Manifest.UserName, node.Manifest.Password);
                lounge = node.Manifest.Events[0].Sessions.Single(s => s.Code == "NET").Id;
                envelope = SoapEnvelopes.SessionRegAction(token, "Register", lounge,
                    [.. node.Manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Take(3).Select(i => ((string?)i.Id, (string?)null, (string?)null))]);

                await Assert.ThrowsAnyAsync<HttpRequestException>(() => RawSoapPost.PostAsync(http, node.Endpoint, envelope, "SessionRegAction", "crash-1", cancellationToken: ct));
                Assert.True(await node.ExitsWithinAsync(TimeSpan.FromSeconds(30)), "The node did not stop at the fault point.");
            }

            RawReply retry, again, withoutKey;
            await using (var restarted = await BreakoutProcess.StartAsync(directory, ["--db", database], ct))
            {
                retry = await RawSoapPost.PostAsync(http, restarted.Endpoint, envelope, "SessionRegAction", "crash-1", cancellationToken: ct);
                again = await RawSoapPost.PostAsync(http, restarted.Endpoint, envelope, "SessionRegAction", "crash-1", cancellationToken: ct);
                withoutKey = await RawSoapPost.PostAsync(http, restarted.Endpoint, envelope, "SessionRegAction", null, cancellationToken: ct);
            }

            Assert.Equal((200, true), (retry.Status, retry.Replayed));
            Assert.All(ItemResult.Parse(XDocument.Parse(retry.Text)), r => Assert.True(r.Success)); // the first execution's answer
            Assert.Equal(retry.Body, again.Body);
            Assert.All(ItemResult.Parse(XDocument.Parse(withoutKey.Text)), r => Assert.Equal("CV90105", r.ErrorCode)); // already registered
            await using var store = new SqliteStore(new SqliteStoreOptions { Path = database }, TimeProvider.System);
            Assert.Equal(3, await store.ExportRegistrationsAsync(1, ct).CountAsync(r => r.SessionId == lounge, ct));
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
}
