using System.Globalization;
using System.Net;
using System.Text;
using Breakout.Admin;
using Breakout.Bench;
using Breakout.Domain;
using Breakout.Domain.Access;
using Breakout.Storage;
using Breakout.Storage.Postgres;
using Breakout.Storage.Sqlite;
using Npgsql;

namespace Breakout.Benchmarks;

/// <summary>
/// What the benchmarks share: the demo tenant with <see cref="Invitees"/> pool invitees (as <c>bench/run</c> seeds
/// it), a session token, and the SessionRegAction envelopes the load generator sends.
/// </summary>
public sealed class BenchFixture : IAsyncDisposable
{
    /// <summary>Pool invitees imported: enough for a 200-item batch plus single calls on their own invitee.</summary>
    public const int Invitees = 400;

    public const string Endpoint = "http://127.0.0.1/soap/V200611.asmx";

    public static readonly IPAddress Client = IPAddress.Loopback;

    private readonly string? tempFolder;
    private readonly string? postgresDatabase;

    private BenchFixture(IBreakoutStore store, AccountRecord account, long apiUserKey, string token, string? tempFolder, string? postgresDatabase)
    {
        Store = store;
        Account = account;
        ApiUserKey = apiUserKey;
        Token = token;
        this.tempFolder = tempFolder;
        this.postgresDatabase = postgresDatabase;
    }

    public IBreakoutStore Store { get; }

    /// <summary>The PostgreSQL database's connection string (null for the other kinds), for a second node on it.</summary>
    public string? PostgresConnectionString { get; private init; }

    public AccountRecord Account { get; }

    public long ApiUserKey { get; }

    public string Token { get; }

    /// <summary>The demo session with unlimited capacity that <c>bench/run</c> loads.</summary>
    public static CventId SessionId { get; } = DemoTenant.Build().Sessions.Single(s => s.Code == BenchPool.SessionCode).Id;

    /// <summary>Store kinds: <c>memory</c> (bench/run's protocol-only store), <c>sqlite</c> (temp file), <c>postgres</c>.</summary>
    public static async Task<BenchFixture> CreateAsync(string kind)
    {
        string? folder = null;
        string? database = null;
        IBreakoutStore store;
        switch (kind)
        {
            case "memory":
                store = InMemoryStoreProxy.Create(TimeProvider.System);
                break;
            case "sqlite":
                folder = Directory.CreateTempSubdirectory("breakout-bench-").FullName;
                // NORMAL: no fsync per commit in WAL mode, so the figures are the CPU of the statements; bench/run
                // measures the durable (FULL) store end to end.
                store = new SqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "bench.db"), Synchronous = "NORMAL" }, TimeProvider.System);
                break;
            case "postgres":
                var server = Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES");
                if (string.IsNullOrEmpty(server))
                {
                    throw new InvalidOperationException("Set BREAKOUT_BENCH_POSTGRES to a PostgreSQL connection string (a database is created and dropped on that server).");
                }

                database = "breakout_bench_" + Guid.NewGuid().ToString("N")[..12];
                await ExecuteAsync(server, $"CREATE DATABASE {database}");
                store = new PostgresStore(
                    new PostgresStoreOptions { ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString },
                    TimeProvider.System);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "memory, sqlite or postgres");
        }

        await store.MigrateAsync();
        await DemoTenant.CreateAsync(store, Endpoint);
        var ids = Path.Combine(folder ?? Path.GetTempPath(), $"bench-ids-{Guid.NewGuid():N}.txt");
        await BenchPool.ImportAsync(store, Invitees, ids);
        File.Delete(ids);
        var account = (await store.FindAccountAsync(DemoTenant.AccountNumber))!;
        var user = (await store.FindApiUserAsync(DemoTenant.AccountNumber, DemoTenant.UserName))!;
        var token = SessionToken.Create();
        await store.RecordSuccessfulLoginAsync(user.Key, SessionToken.Hash(token), DateTimeOffset.UtcNow.AddDays(1));
        return new BenchFixture(store, account, user.Key, token, folder, database)
        {
            PostgresConnectionString = database is null ? null
                : new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES")) { Database = database }.ConnectionString,
        };
    }

    /// <summary>The items of a SessionRegAction call on pool invitees <paramref name="from"/> onwards.</summary>
    public static IReadOnlyList<SessionRegItem> Items(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new SessionRegItem(BenchPool.InviteeId(i).ToString(), null, "m" + i.ToString(CultureInfo.InvariantCulture)))];

    public SessionRegCommand Command(SessionRegActionType action, IReadOnlyList<SessionRegItem> items) =>
        new(Account.Key, ApiUserKey, Guid.NewGuid(), action, SessionId.ToString(), items);

    /// <summary>A SOAP 1.1 SessionRegAction envelope as <c>bench/lua/sessionreg.lua</c> sends it.</summary>
    public static byte[] Envelope(string token, string action, IReadOnlyList<SessionRegItem> items)
    {
        var body = new StringBuilder();
        body.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<soap:Envelope xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
            .Append("xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">\n")
            .Append("  <soap:Header>\n    <CventSessionHeader xmlns=\"http://api.cvent.com/2006-11\">\n      <CventSessionValue>")
            .Append(token).Append("</CventSessionValue>\n    </CventSessionHeader>\n  </soap:Header>\n  <soap:Body>\n")
            .Append("    <SessionRegAction xmlns=\"http://api.cvent.com/2006-11\">\n")
            .Append("      <CvInvitees SessionRegActionType=\"").Append(action).Append("\" ProductId=\"").Append(SessionId).Append("\">\n");
        foreach (var item in items)
        {
            body.Append("        <CvInvitee Id=\"").Append(item.Id).Append("\" MessageId=\"").Append(item.MessageId)
                .Append("\" xmlns=\"http://schemas.cvent.com/api/2006-11\" />\n");
        }

        body.Append("      </CvInvitees>\n    </SessionRegAction>\n  </soap:Body>\n</soap:Envelope>\n");
        return Encoding.UTF8.GetBytes(body.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES")!, $"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
        }

        if (tempFolder is not null)
        {
            Directory.Delete(tempFolder, recursive: true);
        }
    }

    internal static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
