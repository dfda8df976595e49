using System.Collections.Concurrent;
using Breakout.Admin;
using Breakout.Domain.Access;
using Breakout.Storage.Postgres;
using Breakout.TestSupport;
using Npgsql;

namespace Breakout.Storage.Tests;

/// <summary>
/// What a call answers when its database connection fails: a COMMIT whose answer is lost is answered with what was
/// committed (found out on a new connection), or with OUTCOME_UNKNOWN when that cannot be found out; connections
/// left broken by a server restart are replaced without any call failing; while the server is down, calls get the
/// retryable DATABASE_UNAVAILABLE fault, never a 500. On a PostgreSQL cluster of this class's own, which it restarts.
/// </summary>
public sealed class PostgresConnectionFailureTests(PrivatePostgresCluster cluster) : IClassFixture<PrivatePostgresCluster>
{
    private static readonly LoginPolicy Policy = new() { MaxFailedLogins = 1000 };

    [Fact]
    public async Task LostCommitAnswer_OfACommittedTransaction_IsAnsweredWithItsResult_AndNotAppliedTwice()
    {
        await using var proxy = new CommitCuttingProxy("127.0.0.1", cluster.Port);
        await using var store = await OpenThroughAsync(proxy);
        var (account, user) = await NewUserAsync(store);

        proxy.Arm(CommitCuttingProxy.Cut.AfterCommit);
        var counted = await store.RecordFailedLoginAsync(user.Key, Policy, TestContext.Current.CancellationToken);

        Assert.True(proxy.HasCut);
        Assert.Equal(1, counted.FailedLogins);
        Assert.Equal(1, (await store.FindApiUserAsync(account.AccountNumber, "api", TestContext.Current.CancellationToken))!.FailedLogins);
    }

    [Fact]
    public async Task CommitThatNeverReachedTheServer_IsRunAgainOnAFreshConnection_Once()
    {
        await using var proxy = new CommitCuttingProxy("127.0.0.1", cluster.Port);
        await using var store = await OpenThroughAsync(proxy);
        var (account, user) = await NewUserAsync(store);

        proxy.Arm(CommitCuttingProxy.Cut.BeforeCommit);
        var counted = await store.RecordFailedLoginAsync(user.Key, Policy, TestContext.Current.CancellationToken);

        Assert.True(proxy.HasCut);
        Assert.Equal(1, counted.FailedLogins);
        Assert.Equal(1, (await store.FindApiUserAsync(account.AccountNumber, "api", TestContext.Current.CancellationToken))!.FailedLogins);
    }

    [Fact]
    public async Task LostCommitAnswer_WhileTheDatabaseStaysUnreachable_FailsAsOutcomeUnknown()
    {
        await using var proxy = new CommitCuttingProxy("127.0.0.1", cluster.Port);
        await using var store = await OpenThroughAsync(proxy);
        var (account, user) = await NewUserAsync(store);

        proxy.RefuseAfterCut = true;
        proxy.Arm(CommitCuttingProxy.Cut.BeforeCommit);
        await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => store.RecordFailedLoginAsync(user.Key, Policy, TestContext.Current.CancellationToken));
        Assert.True(proxy.HasCut);

        // Once the database is reachable again, the store works again; this COMMIT had in fact not arrived.
        proxy.RefuseConnections = false;
        Assert.Equal(0, (await store.FindApiUserAsync(account.AccountNumber, "api", TestContext.Current.CancellationToken))!.FailedLogins);
        Assert.Equal(1, (await store.RecordFailedLoginAsync(user.Key, Policy, TestContext.Current.CancellationToken)).FailedLogins);
    }

    [Fact]
    public async Task LostCommit_OfATransactionACrashForgot_IsNotTakenForTheCommitOfTheTransactionThatGetsItsIdAfterTheRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var proxy = new CommitCuttingProxy("127.0.0.1", cluster.Port);
        await using var store = await OpenThroughAsync(proxy, commitOutcomeTimeout: TimeSpan.FromMinutes(2));
        var (account, user) = await NewUserAsync(store);

        proxy.RefuseAfterCut = true;
        proxy.Arm(CommitCuttingProxy.Cut.BeforeCommit);
        var write = store.RecordFailedLoginAsync(user.Key, Policy, ct);
        while (!proxy.HasCut)
        {
            Assert.False(write.IsCompleted, "The write ended before its COMMIT was cut.");
            await Task.Delay(10, ct);
        }

        // A crash while the cut transaction's records are only in the server's memory (this cluster's WAL writer waits
        // 10 s between flushes): they are lost, and the restarted server hands its transaction ID out again, here to
        // transactions that commit, before the store can ask what became of its COMMIT.
        await cluster.StopImmediatelyAsync();
        await cluster.StartAsync();
        await using (var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await other.OpenAsync(ct);
            for (var i = 0; i < 50; i++)
            {
                await using var commit = new NpgsqlCommand("SELECT pg_current_xact_id()", other);
                await commit.ExecuteScalarAsync(ct);
            }
        }

        proxy.RefuseConnections = false;
        var counted = await write;

        // Not committed: run again once on a fresh connection, so the answer and the database agree.
        Assert.Equal(1, counted.FailedLogins);
        Assert.Equal(1, (await store.FindApiUserAsync(account.AccountNumber, "api", ct))!.FailedLogins);
    }

    [Fact]
    public async Task ReadsAndWrites_AfterARestart_ReplaceTheBrokenPooledConnections_WithoutFailing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = new PostgresStore(new PostgresStoreOptions { ConnectionString = cluster.ConnectionString }, TimeProvider.System);
        await store.MigrateAsync(ct);
        var (account, user) = await NewUserAsync(store);
        // Several pooled connections and every writer's connection in use before the restart.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.FindApiUserAsync(account.AccountNumber, "api", ct), ct)));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.RecordFailedLoginAsync(user.Key, Policy, ct), ct)));

        await cluster.StopImmediatelyAsync();
        await cluster.StartAsync();

        Assert.Equal(8, (await store.FindApiUserAsync(account.AccountNumber, "api", ct))!.FailedLogins);
        Assert.Equal(9, (await store.RecordFailedLoginAsync(user.Key, Policy, ct)).FailedLogins);
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.FindApiUserAsync(account.AccountNumber, "api", ct), ct)));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.RecordFailedLoginAsync(user.Key, Policy, ct), ct)));
        Assert.Equal(17, (await store.FindApiUserAsync(account.AccountNumber, "api", ct))!.FailedLogins);
    }

    [Fact]
    public async Task ServerRestart_UnderLoad_GivesOnlyTheRetryableFaultWhileDown_AndNoFailureOnceBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await BreakoutServer.StartAsync(["--postgres", await NewDatabaseAsync(cluster.Port)]);
        var session = server.Session("KEY").Id;
        var invitees = server.AcceptedInvitees.Take(4).ToArray();
        var phase = 0; // 0 up, 1 going down and down, 2 back
        // A call's phase is 1 when it was under way at any moment of phase 1 (PhaseOf).
        var replies = new ConcurrentQueue<(int Phase, string Call, SoapReply Reply)>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);

        int PhaseOf(int started) => started == Volatile.Read(ref phase) ? started : 1;

        async Task LoadAsync(DemoManifest.Invitee invitee)
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var started = Volatile.Read(ref phase);
                var login = await server.PostSoap11Async(SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password),
                    SoapEnvelopes.Action("Login"));
                replies.Enqueue((PhaseOf(started), "Login", login));
                if (login.Status != 200)
                {
                    continue;
                }

                var token = (string)login.Xml.Descendants(SoapEnvelopes.S1 + "LoginResult").Single().Attribute("CventSessionHeader")!;
                started = Volatile.Read(ref phase);
                var action = n % 2 == 0 ? "Register" : "Unregister";
                var reply = await server.PostSoap11Async(
                    SoapEnvelopes.SessionRegAction(token, action, session, (invitee.Id, null, null)), SoapEnvelopes.Action("SessionRegAction"));
                replies.Enqueue((PhaseOf(started), action, reply));
            }
        }

        var load = invitees.Select(i => Task.Run(() => LoadAsync(i), ct)).ToArray();
        await WaitForRepliesAsync(replies, 0, 20);
        // Calls started from here on may meet the server going down.
        Volatile.Write(ref phase, 1);
        await cluster.StopImmediatelyAsync();
        var whileDown = await server.PostSoap11Async(SoapEnvelopes.Login(server.Manifest.AccountNumber, server.Manifest.UserName, server.Manifest.Password),
            SoapEnvelopes.Action("Login"));
        await cluster.StartAsync();
        Volatile.Write(ref phase, 2);
        await WaitForRepliesAsync(replies, 2, 40);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Equal((503, "BO10006", "DATABASE_UNAVAILABLE"), (whileDown.Status, whileDown.FaultCode, whileDown.FaultString));
        Assert.All(replies.Where(r => r.Phase != 1), r => Assert.True(r.Reply.Status == 200 && r.Reply.FaultCode is null,
            $"{r.Call} in phase {r.Phase} answered {r.Reply.Status}: {r.Reply.Body}"));
        Assert.All(replies.Where(r => r.Phase == 1), r => Assert.True(r.Reply.Status == 200 || (r.Reply.Status == 503 && r.Reply.FaultCode == "BO10006"),
            $"{r.Call} while the server was down answered {r.Reply.Status}: {r.Reply.Body}"));
    }

    [Fact]
    public async Task LostCommitAnswer_OverSoap_WhileTheDatabaseStaysUnreachable_IsFaultOutcomeUnknown_AndTheCallCanBeCheckedAndSentAgain()
    {
        await using var proxy = new CommitCuttingProxy("127.0.0.1", cluster.Port);
        await using var server = await BreakoutServer.StartAsync(["--postgres", await NewDatabaseAsync(proxy.Port)]);
        var token = await server.LoginAsync();
        var keynote = server.Session("KEY").Id;
        var invitee = server.AcceptedInvitees.First().Id;

        proxy.RefuseAfterCut = true;
        proxy.Arm(CommitCuttingProxy.Cut.BeforeCommit, mark: "SessionRegAction");
        var lost = await server.PostSoap11Async(SoapEnvelopes.SessionRegAction(token, "Register", keynote, (invitee, null, null)),
            SoapEnvelopes.Action("SessionRegAction"));
        proxy.RefuseConnections = false;
        var again = Assert.Single(await server.SessionRegActionAsync(token, "Register", keynote, (invitee, null, null)));

        Assert.True(proxy.HasCut);
        Assert.Equal((500, "BO10007", "OUTCOME_UNKNOWN"), (lost.Status, lost.FaultCode, lost.FaultString));
        Assert.Contains("Check its effect", lost.FaultDetail, StringComparison.Ordinal);
        // The COMMIT never arrived: the call sent again registers the invitee now.
        Assert.True(again.Success, again.ErrorCode);
    }

    /// <summary>A new database on the private cluster, reached through <paramref name="port"/> (the cluster's or a proxy's).</summary>
    private async Task<string> NewDatabaseAsync(int port)
    {
        var database = "failure_" + Guid.NewGuid().ToString("N")[..12];
        // Not from the pool: another test of this class may have restarted the cluster, which leaves pooled connections
        // broken (this test's own store replaces them; a bare NpgsqlConnection does not).
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = database, Port = port, Timeout = 2 }.ConnectionString;
    }

    private static async Task WaitForRepliesAsync(ConcurrentQueue<(int Phase, string Call, SoapReply Reply)> replies, int phase, int count)
    {
        // A guard against a hang, not a timing assertion: the calls normally take well under a second each.
        var giveUp = DateTime.UtcNow.AddMinutes(2);
        while (replies.Count(r => r.Phase == phase) < count)
        {
            Assert.True(DateTime.UtcNow < giveUp, $"Fewer than {count} calls answered in phase {phase} within two minutes.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private async Task<PostgresStore> OpenThroughAsync(CommitCuttingProxy proxy, TimeSpan? commitOutcomeTimeout = null)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Port = proxy.Port, Timeout = 2 }.ConnectionString;
        var options = new PostgresStoreOptions
        {
            ConnectionString = connectionString,
            Writers = 1,
            CommitOutcomeTimeout = commitOutcomeTimeout ?? TimeSpan.FromSeconds(1),
        };
        var store = new PostgresStore(options,
            TimeProvider.System);
        await store.MigrateAsync(TestContext.Current.CancellationToken);
        return store;
    }

    private static async Task<(AccountRecord Account, ApiUserRecord User)> NewUserAsync(IBreakoutStore store)
    {
        var account = await store.CreateAccountAsync("R" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), "Restarts", TestContext.Current.CancellationToken);
        var user = await store.CreateApiUserAsync(account.Key, "api", "not-a-real-hash", "", TestContext.Current.CancellationToken);
        return (account, user);
    }
}
