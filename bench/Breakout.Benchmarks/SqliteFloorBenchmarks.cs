using BenchmarkDotNet.Attributes;
using Breakout.Admin;
using Breakout.Bench;
using Breakout.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Breakout.Benchmarks;

/// <summary>
/// What SQLite itself needs per fresh registration on this machine, without Breakout: the rows a registration must
/// leave (its seat and its history row, with their indexes and, as shipped, foreign keys) written by prepared
/// statements through SQLitePCL (the native binding under Microsoft.Data.Sqlite), 200 per durable transaction
/// (<c>synchronous=FULL</c>, WAL), on Breakout's own schema with the demo tenant and <c>bench/run</c>'s pool (100,000 invitees here). With
/// <see cref="Work"/> <c>decide</c>, each registration also makes the two reads Breakout needs to decide it (the
/// registrant by its ID, and whether it already holds the seat). One operation is one registration: the batch
/// target's "registrations/s" can be no higher than a million divided by the mean in µs.
/// </summary>
public class SqliteFloorBenchmarks
{
    private const int Batch = 200;
    private const int Pool = 100_000;

    private string folder = "";
    private SqliteConnection connection = null!;
    private sqlite3_stmt[] statements = [];
    private long account;
    private long[] sessions = [];
    private (long Key, string Id)[] registrants = [];
    private int call;

    [Params("rows", "decide")]
    public string Work { get; set; } = "rows";

    [Params(true, false)]
    public bool ForeignKeys { get; set; }

    /// <summary>Whether the seats and the history keep their by-registrant indexes (as shipped: they serve reads).</summary>
    [Params(true, false)]
    public bool RegistrantIndexes { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("breakout-floor-").FullName;
        var path = Path.Combine(folder, "floor.db");
        await using (var store = new SqliteStore(new SqliteStoreOptions { Path = path }, TimeProvider.System))
        {
            await store.MigrateAsync();
            await DemoTenant.CreateAsync(store, BenchFixture.Endpoint);
            await BenchPool.ImportAsync(store, Pool, Path.Combine(folder, "ids.txt"));
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys={(ForeignKeys ? "ON" : "OFF")};");
        if (!RegistrantIndexes)
        {
            Execute("DROP INDEX session_registrations_registrant; DROP INDEX registration_history_registrant;");
        }

        account = Scalar("SELECT pk FROM accounts");
        sessions = [.. Column("SELECT pk FROM sessions WHERE code LIKE 'BEN%' ORDER BY pk", r => r.GetInt64(0))];
        registrants = [.. Column($"SELECT pk, id FROM registrants WHERE confirmation_number LIKE 'BEN%' ORDER BY pk LIMIT {Pool}", r => (r.GetInt64(0), r.GetString(1)))];
        statements =
        [
            Prepare("INSERT INTO session_registrations (session_pk, registrant_pk, registered_at) VALUES (?1, ?2, 1)"),
            Prepare("INSERT INTO registration_history (call_pk, session_pk, registrant_pk, action, message_id) VALUES (?1, ?2, ?3, 1, NULL)"),
            Prepare($"INSERT INTO api_calls (account_pk, api_user_pk, call_id, operation, at) VALUES ({account}, (SELECT MIN(pk) FROM api_users), 'floor', 'SessionRegAction', 1)"),
            Prepare("SELECT pk, kind, event_pk, status FROM registrants WHERE account_pk = ?1 AND id = ?2"),
            Prepare("SELECT registrant_pk FROM session_registrations WHERE session_pk = ?1 AND registrant_pk = ?2"),
        ];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var statement in statements)
        {
            statement.Dispose();
        }

        connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// 200 fresh registrations in one durable transaction: the next 200 pool invitees into the next session (a
    /// (session, invitee) pair repeats only after 200,000 invocations, far more than a run makes).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public long RegisterFresh()
    {
        var block = call % (Pool / Batch);
        var session = sessions[call / (Pool / Batch) % sessions.Length];
        call++;
        var db = connection.Handle!;
        var decide = Work == "decide";
        Execute("BEGIN IMMEDIATE");
        Step(statements[2]);
        var callKey = raw.sqlite3_last_insert_rowid(db);
        for (var i = block * Batch; i < block * Batch + Batch; i++)
        {
            var (key, id) = registrants[i];
            if (decide)
            {
                raw.sqlite3_bind_int64(statements[3], 1, account);
                raw.sqlite3_bind_text(statements[3], 2, id);
                Expect(statements[3], raw.SQLITE_ROW);
                raw.sqlite3_bind_int64(statements[4], 1, session);
                raw.sqlite3_bind_int64(statements[4], 2, key);
                Expect(statements[4], raw.SQLITE_DONE);
            }

            raw.sqlite3_bind_int64(statements[0], 1, session);
            raw.sqlite3_bind_int64(statements[0], 2, key);
            Step(statements[0]);
            raw.sqlite3_bind_int64(statements[1], 1, callKey);
            raw.sqlite3_bind_int64(statements[1], 2, session);
            raw.sqlite3_bind_int64(statements[1], 3, key);
            Step(statements[1]);
        }

        Execute("COMMIT");
        return callKey;
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        return statement;
    }

    private void Step(sqlite3_stmt statement) => Expect(statement, raw.SQLITE_DONE);

    private void Expect(sqlite3_stmt statement, int code)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != code)
        {
            throw new InvalidOperationException($"SQLite answered {result} ({raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}), expected {code}.");
        }
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite answered {result}: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()}");
        }
    }

    private void Execute(string sql) => Check(raw.sqlite3_exec(connection.Handle, sql));

    private long Scalar(string sql) => Column(sql, r => r.GetInt64(0)).Single();

    private List<T> Column<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(read(reader));
        }

        return values;
    }
}
