using System.Net.Sockets;
using Breakout.Admin;
using Breakout.Storage;
using Breakout.TestSupport;

namespace Breakout.Host.Tests.FirstRun;

/// <summary>
/// SIGTERM with requests in flight: the host stops accepting connections, answers every request it has already
/// read, commits them, and exits 0. On both stores.
/// </summary>
public sealed class ShutdownTests
{
    private const int InFlight = 8;

    [Fact]
    public async Task Sigterm_WithRequestsInFlight_AnswersAndCommitsEveryOne_AndExits0_OnSqlite()
    {
        using var folder = new TempFolder();
        var registered = await RunAsync(folder, ["--db", "b.db"], () => StoreFactory.OpenAsync(new StoreOptions { SqlitePath = folder.File("b.db") }, TimeProvider.System));
        Assert.Equal(InFlight, registered);
    }

    [Fact]
    public async Task Sigterm_WithRequestsInFlight_AnswersAndCommitsEveryOne_AndExits0_OnPostgres()
    {
        var (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skipReason!);
        }

        await using (database)
        {
            using var folder = new TempFolder();
            var registered = await RunAsync(folder, ["--postgres", database.ConnectionString],
                () => StoreFactory.OpenAsync(new StoreOptions { Postgres = database.ConnectionString }, TimeProvider.System));
            Npgsql.NpgsqlConnection.ClearAllPools();
            Assert.Equal(InFlight, registered);
        }
    }

    [Fact]
    public async Task Sigterm_WithARequestThatNeverEnds_GivesUpAfterTheDrainTimeout_AndExits0()
    {
        using var folder = new TempFolder();
        await using var host = HostProcess.Start(folder.Path, [.. Arguments(["--db", "b.db"]), "--Breakout:ShutdownDrainSeconds=1"]);
        var endpoint = await StartedAsync(host);
        using var held = await HeldRequest.StartAsync(endpoint, SoapEnvelopes.Action("Login"), SoapEnvelopes.Login("X", "y", "z"));

        await host.TerminateAsync();
        var exit = await host.WaitForExitAsync();

        Assert.True(exit == 0, host.ToString());
        Assert.Contains("Stopped.", host.Output);
    }

    /// <summary>Holds <see cref="InFlight"/> SessionRegAction calls in flight, SIGTERMs, lets them finish; returns how many the store kept.</summary>
    private static async Task<int> RunAsync(TempFolder folder, string[] store, Func<Task<IBreakoutStore>> open)
    {
        await using var host = HostProcess.Start(folder.Path, Arguments(store));
        var endpoint = await StartedAsync(host);
        var manifest = DemoManifest.FromJson(await File.ReadAllTextAsync(folder.File("m.json")));
        var lounge = manifest.Events[0].Sessions.Single(s => s.Code == "NET").Id;
        var invitees = manifest.Events[0].Invitees.Where(i => i.Status == "Accepted").Take(InFlight).Select(i => i.Id).ToList();
        using var client = new SoapClient(endpoint.ToString());
        var token = await client.LoginAsync(manifest.AccountNumber, manifest.UserName, manifest.Password);
        var held = new List<HeldRequest>();
        try
        {
            foreach (var invitee in invitees)
            {
                held.Add(await HeldRequest.StartAsync(endpoint, SoapEnvelopes.Action("SessionRegAction"),
                    SoapEnvelopes.SessionRegAction(token, "Register", lounge, (invitee, null, "msg-" + invitee))));
            }

            await host.TerminateAsync();
            await host.WaitForLineAsync(l => l.Contains("Stopping: no new connections", StringComparison.Ordinal));
            await RefusedAsync(endpoint);

            var answers = await Task.WhenAll(held.Select(h => h.FinishAsync()));
            var exit = await host.WaitForExitAsync();

            Assert.All(answers, answer =>
            {
                Assert.NotNull(answer);
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer.Value.Head, StringComparison.Ordinal);
                Assert.Contains("Success=\"true\"", answer.Value.Body, StringComparison.Ordinal);
            });
            Assert.True(exit == 0, host.ToString());
            Assert.Equal("Stopped.", host.Output[^1]);
        }
        finally
        {
            held.ForEach(h => h.Dispose());
        }

        await using var reopened = await open();
        var account = (await reopened.FindAccountAsync(manifest.AccountNumber))!;
        return await reopened.ExportRegistrationsAsync(account.Key).CountAsync(r => r.SessionId == lounge && invitees.Contains(r.RegistrantId));
    }

    private static string[] Arguments(string[] store) =>
        [.. store, "--demo", "--demo-manifest", "m.json", "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information", "--Logging:LogLevel:Breakout=Information"];

    private static async Task<Uri> StartedAsync(HostProcess host)
    {
        var listening = await host.WaitForListeningAsync();
        await host.WaitForLineAsync(l => l.StartsWith("  Manifest:", StringComparison.Ordinal));
        return new Uri(listening, "/soap/V200611.asmx");
    }

    /// <summary>Waits until the host no longer accepts connections: from then on it is draining.</summary>
    private static async Task RefusedAsync(Uri endpoint)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(endpoint.Host, endpoint.Port);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The host kept accepting connections after SIGTERM.");
    }
}
