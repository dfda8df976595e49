using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Breakout.Admin;
using Breakout.Domain;
using Breakout.Storage;
using Breakout.TestSupport;
using ItemResult = Breakout.TestSupport.ItemResult;

namespace Breakout.MultiNode.Tests;

/// <summary>
/// Issue 16: two Breakout nodes on a pg_auto_failover formation (a primary and a synchronous standby). The primary's
/// server is killed with SIGKILL in the middle of a load of single-invitee registrations; the monitor promotes the
/// standby, both nodes find it by themselves (multi-host connection string), and the load carries on. Every
/// acknowledged registration must be there, the session never over capacity, every answer consistent with the
/// database, and <c>breakout verify</c> clean. The time without service is measured and printed, not asserted.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Invitees = 300;
    private const int Capacity = 200;
    private const int Workers = 8;
    private const int KillAfterAcknowledged = 40;
    private const string AlreadyRegistered = "CV90105";
    private static readonly TimeSpan LoadDeadline = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "breakout-tests", "failover-" + Guid.NewGuid().ToString("N"));
    private AutoFailoverFormation? formation;
    private string? skipReason;
    private BreakoutProcess? nodeA;
    private BreakoutProcess? nodeB;

    public async ValueTask InitializeAsync() => (formation, skipReason) = await AutoFailoverFormation.TryCreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (nodeA is not null)
        {
            await nodeA.DisposeAsync();
        }

        if (nodeB is not null)
        {
            await nodeB.DisposeAsync();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
        if (formation is not null)
        {
            await formation.DisposeAsync();
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task KillNinePrimary_MidLoad_StandbyIsPromoted_AndEveryAcknowledgedRegistrationIsThere()
    {
        if (skipReason is not null)
        {
            Assert.Skip(skipReason);
        }

        var cluster = formation!;
        output.WriteLine(await cluster.ShowStateAsync());
        output.WriteLine("monitor: " + await cluster.MonitorSettingsInEffectAsync());
        nodeA = await BreakoutProcess.StartAsync(directory, ["--postgres", cluster.ConnectionString]);
        nodeB = await BreakoutProcess.StartAsync(directory, ["--postgres", cluster.ConnectionString]);
        var (sessionId, inviteeIds) = await ImportSessionAsync(cluster.ConnectionString, nodeA.Manifest.AccountNumber);
        using var a = new SoapClient(nodeA.Endpoint);
        using var b = new SoapClient(nodeB.Endpoint);
        (SoapClient Client, string Token)[] nodes =
        [
            (a, await a.LoginAsync(nodeA.Manifest.AccountNumber, nodeA.Manifest.UserName, nodeA.Manifest.Password)),
            (b, await b.LoginAsync(nodeB.Manifest.AccountNumber, nodeB.Manifest.UserName, nodeB.Manifest.Password)),
        ];

        // The load: each worker takes the next invitee and registers it, one call per invitee, on its own node; a call
        // without a per-item answer (a fault, a broken connection) is tried again until it gets one.
        var clock = Stopwatch.StartNew();
        var queue = new ConcurrentQueue<string>(inviteeIds);
        var attempts = new ConcurrentBag<Attempt>();
        var acknowledged = 0;
        var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var (client, token) = nodes[w % nodes.Length];
            while (queue.TryDequeue(out var invitee))
            {
                while (clock.Elapsed < LoadDeadline)
                {
                    var attempt = await RegisterAsync(client, token, sessionId, invitee, w % nodes.Length, clock);
                    attempts.Add(attempt);
                    if (attempt.Item is { } item)
                    {
                        if (item.Success)
                        {
                            Interlocked.Increment(ref acknowledged);
                        }

                        break;
                    }

                    await Task.Delay(RetryDelay);
                }
            }
        })).ToList();

        while (Volatile.Read(ref acknowledged) < KillAfterAcknowledged && !queue.IsEmpty && clock.Elapsed < LoadDeadline)
        {
            await Task.Delay(5);
        }

        var primaryBefore = await cluster.ReportedStateAsync(cluster.Node1);
        var killedAt = TimeSpan.Zero;
        await cluster.KillAsync(cluster.Node1, () => killedAt = clock.Elapsed);
        await cluster.WaitForStateAsync(cluster.Node2, ["wait_primary", "primary"]);
        var promotedAt = clock.Elapsed;
        await Task.WhenAll(workers);
        var loadEnded = clock.Elapsed;
        output.WriteLine(await cluster.ShowStateAsync());
        output.WriteLine(await cluster.ShowEventsAsync(12));

        // What the database holds, read through the same multi-host connection string (it reaches the new primary).
        var accountNumber = nodeA.Manifest.AccountNumber;
        var (registered, problems) = await ReadSessionAsync(cluster.ConnectionString, accountNumber, sessionId);

        var all = attempts.OrderBy(x => x.Start).ToList();
        var failures = all.Where(x => x.Item is null).ToList();
        var firstSuccessAfterKill = all.Where(x => x.Start >= killedAt && x.Item is { Success: true }).MinBy(x => x.End);
        output.WriteLine($"primary before the kill: {cluster.Node1.Name} ({primaryBefore}); killed at {killedAt.TotalSeconds:F1} s after {KillAfterAcknowledged}+ acknowledged registrations");
        output.WriteLine($"standby promoted (monitor saw wait_primary/primary) {(promotedAt - killedAt).TotalSeconds:F1} s after the kill");
        output.WriteLine(firstSuccessAfterKill is null
            ? "no registration succeeded after the kill"
            : $"time without service (kill to the first acknowledged registration after it): {(firstSuccessAfterKill.End - killedAt).TotalSeconds:F1} s");
        output.WriteLine($"load: {all.Count} calls in {loadEnded.TotalSeconds:F1} s; {registered.Count} registered of capacity {Capacity}; {failures.Count} calls without a per-item answer:");
        foreach (var kind in failures.GroupBy(x => x.Failure).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {kind.Count(),5} x {kind.Key}");
        }

        foreach (var second in all.GroupBy(x => (int)Math.Floor((x.End - killedAt).TotalSeconds)).OrderBy(g => g.Key))
        {
            output.WriteLine($"  {second.Key,4} s after the kill: {second.Count(x => x.Item is not null),4} answered, {second.Count(x => x.Item is null),4} failed");
        }

        // The kill landed mid-load, and both nodes served again afterwards: with the old primary gone, on the promoted
        // standby (the monitor may log the promotion a moment after the new primary takes writes, so not timed by it).
        Assert.Equal("primary", primaryBefore);
        Assert.NotNull(firstSuccessAfterKill);
        Assert.All(Enumerable.Range(0, nodes.Length), n => Assert.Contains(all, x => x.Node == n && x.Start >= killedAt && x.Item is { Success: true }));

        // A call during the switch gets the documented, retryable fault (BO10006 database unavailable, or BO10007
        // outcome unknown, from which the retry below finds the real result): never a 500 page or a wrong answer.
        Assert.All(failures, x => Assert.Matches(RetryableFault, x.Failure));

        // Every invitee got a per-item answer in the end, and every answer agrees with the database.
        var final = all.Where(x => x.Item is not null).GroupBy(x => x.Invitee).ToDictionary(g => g.Key, g => g.Single());
        Assert.Equal(inviteeIds.Order(), final.Keys.Order());
        foreach (var (invitee, answer) in final)
        {
            var earlierFailure = all.Any(x => x.Invitee == invitee && x.Item is null);
            var item = answer.Item!;
            var consistent = item.Success ? registered.Contains(invitee)
                : item.ErrorCode == AlreadyRegistered ? registered.Contains(invitee) && earlierFailure
                : item.ErrorCode == CventErrors.SessionFull.Code && !registered.Contains(invitee);
            Assert.True(consistent, $"{invitee}: answered {(item.Success ? "Success" : item.ErrorCode)} on node {answer.Node}, registered: {registered.Contains(invitee)}, earlier failed call: {earlierFailure}");
        }

        // Capacity is never exceeded, and the seats were all taken (more invitees than seats, all answered).
        Assert.Equal(Capacity, registered.Count);
        Assert.Empty(problems);
        var (exit, report) = await VerifyCommand.RunAsync("--postgres", cluster.ConnectionString);
        Assert.True(exit == 0, report);

        // Fail back as docs/deployment.md says: the lost server comes back and rejoins as a standby of the new primary,
        // then a switchover makes it primary again. Both Breakout nodes follow by themselves: each frees one seat.
        var failBack = Stopwatch.StartNew();
        cluster.Restart(cluster.Node1);
        await cluster.WaitForStateAsync(cluster.Node1, ["secondary"]);
        await cluster.WaitForStateAsync(cluster.Node2, ["primary"]);
        var rejoined = failBack.Elapsed;
        await cluster.SwitchoverAsync(cluster.Node2);
        await cluster.WaitForStateAsync(cluster.Node1, ["primary"]);
        await cluster.WaitForStateAsync(cluster.Node2, ["secondary"]);
        output.WriteLine($"fail back: {cluster.Node1.Name} rejoined as standby after {rejoined.TotalSeconds:F1} s, primary again after {failBack.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(await cluster.ShowStateAsync());
        var leaving = registered.Take(nodes.Length).ToList();
        for (var n = 0; n < nodes.Length; n++)
        {
            var (answer, failed) = await UnregisterAsync(nodes[n].Client, nodes[n].Token, sessionId, leaving[n]);
            output.WriteLine($"Unregister on node {n} after the switchover: {(answer.Success ? "Success" : answer.ErrorCode)}, {failed.Count} calls without a per-item answer first{string.Concat(failed.Distinct().Select(f => "; " + f))}");
            Assert.True(answer.Success, $"{answer.ErrorCode} {answer.ErrorDescription}");
            Assert.All(failed, f => Assert.Matches(RetryableFault, f));
        }

        var (after, problemsAfter) = await ReadSessionAsync(cluster.ConnectionString, accountNumber, sessionId);
        Assert.Equal(registered.Except(leaving).Order(), after.Order());
        Assert.Empty(problemsAfter);
        (exit, report) = await VerifyCommand.RunAsync("--postgres", cluster.ConnectionString);
        Assert.True(exit == 0, report);
    }

    /// <summary>What <see cref="Describe"/> says of BO10006 DATABASE_UNAVAILABLE (503) or BO10007 OUTCOME_UNKNOWN (500).</summary>
    private static readonly Regex RetryableFault = new(@"^HTTP 50[03] SOAP fault BO1000[67] ");

    /// <summary>Unregisters one invitee, trying again while the call gets no per-item answer (bounded).</summary>
    private static async Task<(ItemResult Answer, List<string> Failed)> UnregisterAsync(SoapClient client, string token, string sessionId, string invitee)
    {
        var failed = new List<string>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                var reply = await client.PostAsync(SoapEnvelopes.SessionRegAction(token, "Unregister", sessionId, (invitee, null, null)), "SessionRegAction");
                if (reply.Status == 200 && ItemResult.Parse(reply.Xml) is [var item])
                {
                    return (item, failed);
                }

                failed.Add(Describe(reply));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failed.Add(ex.GetType().Name);
            }

            await Task.Delay(RetryDelay);
        }

        throw new TimeoutException($"Unregister got no per-item answer in 100 calls: {string.Join("; ", failed.Distinct())}");
    }

    /// <summary>The session's registered invitees and what <c>verify</c> finds, on a store of its own.</summary>
    private static async Task<(HashSet<string> Registered, IReadOnlyList<string> Problems)> ReadSessionAsync(string connectionString, string accountNumber, string sessionId)
    {
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { Postgres = connectionString }, TimeProvider.System);
        var accountKey = (await store.FindAccountAsync(accountNumber))!.Key;
        var registered = (await store.ExportRegistrationsAsync(accountKey).Where(r => r.SessionId == sessionId && r.Placement == "Registered").ToListAsync())
            .Select(r => r.RegistrantId).ToHashSet();
        return (registered, await store.VerifyAsync());
    }

    /// <summary>One Register call for one invitee, with its per-item answer, or what came back instead.</summary>
    private sealed record Attempt(string Invitee, int Node, TimeSpan Start, TimeSpan End, ItemResult? Item, string? Failure);

    private static async Task<Attempt> RegisterAsync(SoapClient client, string token, string sessionId, string invitee, int node, Stopwatch clock)
    {
        var start = clock.Elapsed;
        try
        {
            var reply = await client.PostAsync(SoapEnvelopes.SessionRegAction(token, "Register", sessionId, (invitee, null, null)), "SessionRegAction");
            var items = reply.Status == 200 ? ItemResult.Parse(reply.Xml) : [];
            return items.Count == 1
                ? new Attempt(invitee, node, start, clock.Elapsed, items[0], null)
                : new Attempt(invitee, node, start, clock.Elapsed, null, Describe(reply));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new Attempt(invitee, node, start, clock.Elapsed, null, ex.GetType().Name);
        }
    }

    /// <summary>"HTTP 500 SOAP fault CV10000 (Unknown exception)", or "HTTP 502 text/html (not SOAP)".</summary>
    private static string Describe(SoapReply reply)
    {
        try
        {
            return reply.FaultCode is { } code
                ? $"HTTP {reply.Status} SOAP fault {code} ({reply.FaultString?[..Math.Min(reply.FaultString.Length, 100)]})"
                : $"HTTP {reply.Status} SOAP reply without one per-item answer";
        }
        catch (System.Xml.XmlException)
        {
            return $"HTTP {reply.Status} {reply.ContentType} (not SOAP)";
        }
    }

    /// <summary>A new event with one session of <see cref="Capacity"/> seats, waitlist off, and <see cref="Invitees"/> Accepted invitees.</summary>
    private static async Task<(string SessionId, IReadOnlyList<string> InviteeIds)> ImportSessionAsync(string connectionString, string accountNumber)
    {
        var e = new EventRecord(CventId.New(), "Failover", "FAILOVER", EventStatus.Active, null, null, "UTC");
        var session = new SessionRecord(CventId.New(), e.Id, "Failover session", "FAIL1", null, null, ProductStatus.OpenForRegistration, null,
            Capacity, false, 0, null, false);
        var invitees = Enumerable.Range(1, Invitees)
            .Select(i => new InviteeRecord(CventId.New(), e.Id, null, $"FAIL{i:D5}", InviteeStatus.Accepted, "Failover", $"No{i}", $"f{i}@example.com"))
            .ToList();
        await using var store = await StoreFactory.OpenAsync(new StoreOptions { Postgres = connectionString }, TimeProvider.System);
        var account = (await store.FindAccountAsync(accountNumber))!;
        Assert.Empty(await store.ImportAsync(account.Key, new CatalogBatch { Events = [e], Sessions = [session], Invitees = invitees }));
        return (session.Id.ToString(), [.. invitees.Select(i => i.Id.ToString())]);
    }
}
