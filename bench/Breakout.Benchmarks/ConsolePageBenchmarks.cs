using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Host;
using Breakout.Storage;
using Breakout.Storage.Operators;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Breakout.Benchmarks;

/// <summary>
/// The operator console's pages at the size issue #19 names: one account with 200,000 invitees, 160,000 of them
/// placed by SessionRegAction calls of 200 (a session of 100,000 seats with 20,000 waiting, one of 40,000 seats), an
/// invitee with a history of changes, 50 API users and 1,000 failed calls today. A real host (console on, loopback)
/// serves the pages; one operation is one GET of a page over HTTP by a signed-in console user, rendered in full.
/// Run with <c>--filter *ConsolePage*</c> (SQLite) or <c>*PostgresConsolePage*</c> (with <c>BREAKOUT_BENCH_POSTGRES</c>).
/// <c>BREAKOUT_BENCH_KEEP=1</c> keeps the SQLite file (its path is printed) for EXPLAIN QUERY PLAN;
/// <c>BREAKOUT_BENCH_KEEP_DATABASE=1</c> keeps the PostgreSQL database (its name is printed), and
/// <c>BREAKOUT_BENCH_REUSE_DATABASE=name</c> serves a kept one again without filling it (migrated to this build first),
/// so an A/B of two builds reads the same rows.
/// </summary>
public abstract partial class ConsolePageBenchmarks
{
    private const int Invitees = 200_000;
    private const int BigSeats = 100_000;
    private const int BigWaiting = 20_000;
    private const int MidSeats = 40_000;
    private const string AccountNumber = "BENCHCONSOLE";
    private const string ConsoleUser = "bench";
    private const string ConsolePassword = "bench-console-1";

    // BenchmarkDotNet runs the set-up once per page (case); the filled host is built once per store kind and process,
    // and torn down when the process exits.
    private static readonly Dictionary<string, Task<ConsolePageBenchmarks>> Hosts = [];

    private WebApplication app = null!;
    private HttpClient client = null!;
    private string folder = null!;
    private string? database;
    private Dictionary<string, string> paths = [];
    private bool keep = Environment.GetEnvironmentVariable("BREAKOUT_BENCH_KEEP_DATABASE") == "1";

    protected abstract string Kind { get; }

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = "";

    public static IEnumerable<string> Pages =>
    [
        "accounts", "account (events)", "event (sessions)", "session", "session, late seats page", "session, late waitlist page",
        "session as at (replay of 60,000 changes)", "invitee timeline", "API users", "calls",
    ];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Task<ConsolePageBenchmarks> built;
        lock (Hosts)
        {
            if (!Hosts.TryGetValue(Kind, out built!))
            {
                Hosts[Kind] = built = BuildAsync();
            }
        }

        var host = await built;
        (app, client, paths) = (host.app, host.client, host.paths);
    }

    private async Task<ConsolePageBenchmarks> BuildAsync()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => CleanupAsync().GetAwaiter().GetResult();
        folder = Directory.CreateTempSubdirectory("breakout-bench-console-").FullName;
        string[] storeArgs;
        if (Kind == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES")
                ?? throw new InvalidOperationException("Set BREAKOUT_BENCH_POSTGRES to a PostgreSQL connection string (a database is created and dropped on that server).");
            if (Environment.GetEnvironmentVariable("BREAKOUT_BENCH_REUSE_DATABASE") is { Length: > 0 } reused)
            {
                (database, keep) = (reused, true);
            }
            else
            {
                database = "breakout_bench_" + Guid.NewGuid().ToString("N")[..12];
                await BenchFixture.ExecuteAsync(server, $"CREATE DATABASE {database}");
            }

            storeArgs = ["--postgres", new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString];
        }
        else
        {
            storeArgs = ["--db", Path.Combine(folder, "console.db"), "--Breakout:SqliteSynchronous=NORMAL"];
            Console.WriteLine($"// SQLite database: {Path.Combine(folder, "console.db")}");
        }

        app = await BreakoutApp.BuildAsync(
            [.. storeArgs, "--urls", "http://127.0.0.1:0", "--Breakout:Console:Enabled=true", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var store = app.Services.GetRequiredService<IBreakoutStore>();
        var pathsFile = database is null ? null : Path.Combine(Path.GetTempPath(), database + ".paths");
        if (pathsFile is not null && File.Exists(pathsFile) && Environment.GetEnvironmentVariable("BREAKOUT_BENCH_REUSE_DATABASE") is { Length: > 0 })
        {
            // The pages' addresses name generated IDs: the run that filled the database wrote them down.
            paths = File.ReadAllLines(pathsFile).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);
            client = await SignedInClientAsync(store);
            return this;
        }

        await FillAsync(store);
        if (pathsFile is not null && keep)
        {
            await File.WriteAllLinesAsync(pathsFile, paths.Select(p => $"{p.Key}\t{p.Value}"));
        }

        if (database is not null && Environment.GetEnvironmentVariable("BREAKOUT_BENCH_VACUUM") == "1")
        {
            // What autovacuum does to a table after a bulk load (its insert threshold): the pages the timings read are
            // then marked all-visible, as they are on a server that has run a while after the fill.
            await BenchFixture.ExecuteAsync(storeArgs[1], "VACUUM (ANALYZE)");
        }

        client = await SignedInClientAsync(store);
        return this;
    }

    private async Task<HttpClient> SignedInClientAsync(IBreakoutStore store)
    {
        await store.SaveConsoleUserAsync(ConsoleUser, PasswordHash.Create(ConsolePassword, iterations: 1000));
        var signedIn = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(app.Urls.Single()),
        };
        await SignInAsync(signedIn);
        return signedIn;
    }

    private async Task CleanupAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        if (database is not null && keep)
        {
            Console.WriteLine($"// kept database {database} (BREAKOUT_BENCH_REUSE_DATABASE={database} serves it again)");
        }
        else if (database is not null)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await BenchFixture.ExecuteAsync(Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES")!, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }

        if (Environment.GetEnvironmentVariable("BREAKOUT_BENCH_KEEP") != "1")
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>GETs the page; anything but 200 fails the run.</summary>
    [Benchmark]
    public async Task<int> Get()
    {
        using var response = await client.GetAsync(paths[Page]);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.StatusCode == HttpStatusCode.OK ? body.Length : throw new InvalidOperationException($"{paths[Page]}: {response.StatusCode}");
    }

    private async Task FillAsync(IBreakoutStore store)
    {
        var account = await store.CreateAccountAsync(AccountNumber, "Console at size");
        var apiUser = await store.CreateApiUserAsync(account.Key, "integration", PasswordHash.Create("x", iterations: 1000), "");
        for (var i = 0; i < 49; i++)
        {
            await store.CreateApiUserAsync(account.Key, $"client{i:D2}", PasswordHash.Create("x", iterations: 1000), "");
        }

        var start = new DateTimeOffset(2027, 6, 14, 9, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(0, 5).Select(i => new EventRecord(CventId.New(), $"Summit {i}", $"S{i}", EventStatus.Active, start.AddDays(i), start.AddDays(i + 1), "UTC")).ToList();
        var main = events[0];
        var sessions = Enumerable.Range(0, 40).Select(i => new SessionRecord(
            CventId.New(), main.Id, i switch { 0 => "Keynote", 1 => "Workshops", _ => $"Track {i}" }, $"T{i}", start.AddHours(i % 8), start.AddHours(i % 8 + 1),
            ProductStatus.OpenForRegistration, null, i switch { 0 => BigSeats, 1 => MidSeats, _ => 100 }, i == 0, i == 0 ? BigWaiting : 0, null, false)).ToList();
        await store.ImportAsync(account.Key, new CatalogBatch { Events = events, Sessions = sessions });
        var invitees = Enumerable.Range(0, Invitees)
            .Select(i => new InviteeRecord(CventId.New(), main.Id, null, $"CN{i:D7}", InviteeStatus.Accepted, $"First{i}", $"Last{i}", $"i{i}@example.com")).ToList();
        foreach (var chunk in invitees.Chunk(5_000))
        {
            await store.ImportAsync(account.Key, new CatalogBatch { Invitees = chunk });
        }

        async Task RegisterAsync(SessionRecord session, IEnumerable<InviteeRecord> who, SessionRegActionType action = SessionRegActionType.Register)
        {
            foreach (var chunk in who.Chunk(200))
            {
                await store.SessionRegActionAsync(new SessionRegCommand(account.Key, apiUser.Key, Guid.NewGuid(), action, session.Id.ToString(),
                    [.. chunk.Select(i => new SessionRegItem(i.Id.ToString(), null, "m" + i.ConfirmationNumber))]));
            }
        }

        // The keynote: half its seats, the instant the "as at" page shows, then the rest and 20,000 on its waitlist.
        var keynote = sessions[0];
        await RegisterAsync(keynote, invitees.Take(BigSeats / 2));
        var asAt = DateTimeOffset.UtcNow;
        await Task.Delay(5);
        await RegisterAsync(keynote, invitees.Skip(BigSeats / 2).Take(BigSeats / 2 + BigWaiting));
        await RegisterAsync(sessions[1], invitees.Skip(BigSeats + BigWaiting).Take(MidSeats));
        // One invitee moved in and out of the tracks: a timeline of 40 changes.
        var busy = invitees[^1];
        foreach (var track in sessions.Skip(2).Take(20))
        {
            await RegisterAsync(track, [busy]);
            await RegisterAsync(track, [busy], SessionRegActionType.Unregister);
        }

        var now = DateTimeOffset.UtcNow;
        var day = app.Services.GetRequiredService<ApiQuota>().DayOf(now);
        var failures = Enumerable.Range(0, 1_000).Select(i => new FailedCall(
            0, account.Key, now.AddSeconds(-i), "SessionRegAction", apiUser.Key, "item_errors", "CV40001 ×2", "Invitee not found", "127.0.0.1", 200)).ToList();
        await store.RecordCallsAsync(
            [new CallCount(account.Key, day, "SessionRegAction", "success", "", 1_000), new CallCount(account.Key, day, "SessionRegAction", "item_errors", "", 1_000)],
            failures, now.AddDays(-7), day - 35);

        var a = $"/console/accounts/{AccountNumber}";
        var waitlist = await store.ListWaitlistAsync(account.Key, keynote.Id, BigWaiting - 60, 1);
        var seats = await store.ListSeatsAsync(account.Key, keynote.Id, 0, int.MaxValue);
        paths["accounts"] = "/console";
        paths["account (events)"] = a;
        paths["event (sessions)"] = $"{a}/events/{main.Id}";
        paths["session"] = $"{a}/sessions/{keynote.Id}";
        paths["session, late seats page"] = $"{a}/sessions/{keynote.Id}?after={seats[^60].Key}";
        paths["session, late waitlist page"] = $"{a}/sessions/{keynote.Id}?waitlistAfter={waitlist[0].Position}";
        paths["session as at (replay of 60,000 changes)"] =
            $"{a}/sessions/{keynote.Id}/as-at?at={Uri.EscapeDataString(asAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture))}";
        paths["invitee timeline"] = $"{a}/invitee?find={busy.ConfirmationNumber}";
        paths["API users"] = $"{a}/users";
        paths["calls"] = $"{a}/calls";
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync("/console/sign-in");
        var token = WebUtility.HtmlDecode(TokenField().Match(form).Groups[1].Value);
        using var response = await client.PostAsync("/console/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__antiforgery"] = token,
            ["userName"] = ConsoleUser,
            ["password"] = ConsolePassword,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in answered {response.StatusCode}");
        }
    }

    [GeneratedRegex("name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

/// <summary>The console on the SQLite store (a temp file, <c>synchronous=NORMAL</c>).</summary>
public class SqliteConsolePageBenchmarks : ConsolePageBenchmarks
{
    protected override string Kind => "sqlite";
}

/// <summary>The console on the PostgreSQL store (a database created on <c>BREAKOUT_BENCH_POSTGRES</c>).</summary>
public class PostgresConsolePageBenchmarks : ConsolePageBenchmarks
{
    protected override string Kind => "postgres";
}
