using BenchmarkDotNet.Attributes;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.Storage.Postgres;
using Breakout.Storage.Sqlite;
using Npgsql;

namespace Breakout.Benchmarks;

/// <summary>
/// Reads of a type served by declaration at the size issue #17 names: one account with 100,000 contacts, 200,000
/// invitees and 50,000 transactions, imported an hour apart in 50 batches of 1,000 transactions (so a one-hour
/// GetUpdated window holds 1,000 of them; one in a thousand failed). SQLite on a temp file
/// (<see cref="SqliteDeclaredObjectReadBenchmarks"/>) or PostgreSQL on a database created on
/// <c>BREAKOUT_BENCH_POSTGRES</c> and analysed after the import, as autovacuum would
/// (<see cref="PostgresDeclaredObjectReadBenchmarks"/>). Run with <c>--filter *DeclaredObjectRead*</c>. The invitees are
/// imported 1,000 an hour over the 200 hours before the transactions (one in a thousand cancelled), so a one-hour
/// GetUpdated of invitees holds 1,000 of them; the reads of the six first types (Contact, Invitee, Registration) run
/// over the same account.
/// </summary>
[MemoryDiagnoser]
public abstract class DeclaredObjectReadBenchmarks
{
    private const int Contacts = 100_000;
    private const int Invitees = 200_000;
    private const int Transactions = 50_000;
    private const int TransactionsPerHour = 1_000;
    private const int InviteesPerHour = 1_000;

    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset InviteesStart = Start.AddHours(-Invitees / InviteesPerHour);

    private readonly SteppedClock clock = new(Start);
    private string folder = null!;
    private IBreakoutStore store = null!;
    private long account;
    private List<CventId> inviteeIds = [];
    private List<CventId> transactionIds = [];
    private List<CventId> contactIds = [];
    private string? postgresDatabase;
    private bool keep = Environment.GetEnvironmentVariable("BREAKOUT_BENCH_KEEP_DATABASE") == "1";

    protected abstract string Kind { get; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("breakout-bench-objects-").FullName;
        var server = Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES");
        if (Kind == "postgres" && Environment.GetEnvironmentVariable("BREAKOUT_BENCH_REUSE_DATABASE") is { Length: > 0 } reused)
        {
            // A database kept by an earlier run (BREAKOUT_BENCH_KEEP_DATABASE): no import, so an A/B of two builds reads
            // the same rows. The generated IDs are read back in the order the set-up made them (each row's number is
            // in its confirmation number, e-mail address or transaction number), so every read finds what it found.
            postgresDatabase = reused;
            keep = true;
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString;
            store = new PostgresStore(new PostgresStoreOptions { ConnectionString = connection }, clock);
            await store.MigrateAsync();
            account = (await store.FindAccountAsync("BENCHOBJ") ?? throw new InvalidOperationException("No bench account in " + reused)).Key;
            contactIds = await ReadIdsAsync(connection, $"SELECT id FROM contacts WHERE account_pk = {account} ORDER BY length(email_address), email_address");
            inviteeIds = await ReadIdsAsync(connection, $"SELECT id FROM registrants WHERE account_pk = {account} AND invitee_pk IS NULL ORDER BY confirmation_number");
            transactionIds = await ReadIdsAsync(connection, $"SELECT id FROM transactions WHERE account_pk = {account} ORDER BY transaction_number");
            if (contactIds.Count != Contacts || inviteeIds.Count != Invitees || transactionIds.Count != Transactions)
            {
                throw new InvalidOperationException($"{reused} holds {contactIds.Count} contacts, {inviteeIds.Count} invitees and {transactionIds.Count} transactions, not the set-up's.");
            }

            return;
        }

        if (Kind == "postgres")
        {
            postgresDatabase = "breakout_bench_objects_" + Guid.NewGuid().ToString("N")[..12];
            await BenchFixture.ExecuteAsync(server ?? throw new InvalidOperationException("Set BREAKOUT_BENCH_POSTGRES."), $"CREATE DATABASE {postgresDatabase}");
        }

        store = Kind == "postgres"
            ? new PostgresStore(new PostgresStoreOptions { ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString }, clock)
            : new SqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "bench.db"), Synchronous = "NORMAL" }, clock);
        await store.MigrateAsync();
        account = (await store.CreateAccountAsync("BENCHOBJ", "Objects at size")).Key;
        var e = new EventRecord(CventId.New(), "Bench Summit", "BS", EventStatus.Active, Start, Start.AddDays(1), "UTC");
        var contacts = Enumerable.Range(0, Contacts).Select(i => new ContactRecord(CventId.New(), $"F{i}", $"L{i}", $"c{i}@example.com", "Co")).ToList();
        contactIds = [.. contacts.Select(c => c.Id)];
        inviteeIds = [.. Enumerable.Range(0, Invitees).Select(_ => CventId.New())];
        await store.ImportAsync(account, new CatalogBatch { Events = [e] });
        foreach (var chunk in contacts.Chunk(5_000))
        {
            await store.ImportAsync(account, new CatalogBatch { Contacts = chunk });
        }

        var chunks = inviteeIds.Select((id, i) => new InviteeRecord(id, e.Id, i < Contacts ? contacts[i].Id : null, $"CN{i:D7}",
            i % 1_000 == 999 ? InviteeStatus.Cancelled : InviteeStatus.Accepted, $"G{i}", $"H{i}", $"g{i}@example.com")).Chunk(InviteesPerHour).ToList();
        foreach (var (chunk, hour) in chunks.Select((c, h) => (c, h)))
        {
            clock.Now = InviteesStart.AddHours(hour);
            await store.ImportAsync(account, new CatalogBatch { Invitees = chunk });
        }

        transactionIds = [.. Enumerable.Range(0, Transactions).Select(_ => CventId.New())];
        for (var hour = 0; hour < Transactions / TransactionsPerHour; hour++)
        {
            clock.Now = Start.AddHours(hour);
            var rows = Enumerable.Range(hour * TransactionsPerHour, TransactionsPerHour).Select(i => new CvObjectRow(TransactionObject.Descriptor, transactionIds[i],
                new Dictionary<string, object?>
                {
                    ["InviteeId"] = inviteeIds[i * 3],
                    ["TransactionType"] = "Online Charge",
                    ["TransactionNumber"] = $"TXN{i:D7}",
                    ["Amount"] = 100m + (i % 400),
                    ["PaidInFull"] = i % 2 == 0,
                    ["TransactionDate"] = Start.AddMinutes(i),
                    ["Success"] = i % 1_000 == 999 ? false : null,
                })).ToList();
            await store.ImportAsync(account, new CatalogBatch { Objects = rows });
        }

        if (postgresDatabase is not null)
        {
            await BenchFixture.ExecuteAsync(new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString, "ANALYZE");
        }
    }

    private static async Task<List<CventId>> ReadIdsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<CventId>();
        while (await reader.ReadAsync())
        {
            ids.Add(new CventId(reader.GetGuid(0)));
        }

        return ids;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(folder, recursive: true);
        if (postgresDatabase is not null && keep)
        {
            Console.WriteLine($"kept database {postgresDatabase} (BREAKOUT_BENCH_REUSE_DATABASE={postgresDatabase} reads it again)");
        }
        else if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await BenchFixture.ExecuteAsync(Environment.GetEnvironmentVariable("BREAKOUT_BENCH_POSTGRES")!, $"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)");
        }
    }

    /// <summary>Search Transaction by InviteeId Equals (one invitee's transactions): the index path.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchByInvitee() =>
        store.SearchAsync(account, Search("InviteeId", CvSearchOperator.EqualTo, inviteeIds[30_000].ToString()), 25_000);

    /// <summary>Search Transaction by TransactionNumber Equals: a text comparison, folded for case, over the account's rows.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchByTransactionNumber() =>
        store.SearchAsync(account, Search("TransactionNumber", CvSearchOperator.EqualTo, "TXN0012345"), 25_000);

    /// <summary>Search Transaction by TransactionDate Equals (one transaction's minute, to the second): a range of the stored column.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchByTransactionDate() =>
        store.SearchAsync(account, Search("TransactionDate", CvSearchOperator.EqualTo, "2027-01-12T13:45:00"), 25_000);

    /// <summary>Search Transaction by Success Equals false (50 of 50,000; the others have no value, read as the default true).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchFailed() =>
        store.SearchAsync(account, Search("Success", CvSearchOperator.EqualTo, "false"), 25_000);

    /// <summary>Search Transaction by ContactId Equals (the invitee's contact: a field read from a related row).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchByContact() =>
        store.SearchAsync(account, Search("ContactId", CvSearchOperator.EqualTo, contactIds[30_000].ToString()), 25_000);

    /// <summary>GetUpdated over one hour: 1,000 of the 50,000 transactions.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> GetUpdatedOneHour() =>
        store.GetUpdatedAsync(account, TransactionObject.Descriptor, Start.AddHours(20), Start.AddHours(21), 10_000);

    /// <summary>Retrieve of 200 transactions by ID, every field.</summary>
    [Benchmark]
    public Task<IReadOnlyList<CvObjectRecord>> Retrieve200() =>
        store.RetrieveAsync(account, TransactionObject.Descriptor, transactionIds.Skip(10_000).Take(200).ToList());

    /// <summary>Search Contact by LastName Equals (text, folded for case): one of 100,000.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchContactByLastName() => store.SearchAsync(account, Search(ContactObject.Descriptor, "LastName", "L54321"), 25_000);

    /// <summary>Search Contact by Active Equals false (a boolean whose default is true; none of 100,000).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchInactiveContacts() => store.SearchAsync(account, Search(ContactObject.Descriptor, "Active", "false"), 25_000);

    /// <summary>Search Invitee by FirstName Equals: its contact's name, looked up through the contact.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchInviteeByFirstName() => store.SearchAsync(account, Search(InviteeObject.Descriptor, "FirstName", "F54321"), 25_000);

    /// <summary>Search Invitee by ConfirmationNumber Equals.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchInviteeByConfirmationNumber() =>
        store.SearchAsync(account, Search(InviteeObject.Descriptor, "ConfirmationNumber", "CN0150000"), 25_000);

    /// <summary>Search Invitee by Status Equals Cancelled (200 of 200,000; an enumeration compared by ordinal).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchCancelledInvitees() => store.SearchAsync(account, Search(InviteeObject.Descriptor, "Status", "Cancelled"), 25_000);

    /// <summary>Search Invitee by Participant Equals true (a defaulted boolean; none checked in).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchParticipants() => store.SearchAsync(account, Search(InviteeObject.Descriptor, "Participant", "true"), 25_000);

    /// <summary>Search Registration by RegistrationDate Greater than (a date read through the history; none accepted by a call).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchRegistrationsByDate() =>
        store.SearchAsync(account, Search(RegistrationObject.Descriptor, "RegistrationDate", "2027-01-01T00:00:00", CvSearchOperator.GreaterThan), 25_000);

    /// <summary>GetUpdated Invitee over one hour: 1,000 of the 200,000 (the latest of their rows', contacts' and calls' times).</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> GetUpdatedInviteesOneHour() =>
        store.GetUpdatedAsync(account, InviteeObject.Descriptor, InviteesStart.AddHours(100), InviteesStart.AddHours(101), 10_000);

    /// <summary>Retrieve of 200 invitees by ID, every field.</summary>
    [Benchmark]
    public Task<IReadOnlyList<CvObjectRecord>> RetrieveInvitees200() =>
        store.RetrieveAsync(account, InviteeObject.Descriptor, inviteeIds.Skip(120_000).Take(200).ToList());

    /// <summary>
    /// One set-up, then each read 3 times to warm up and 25 times measured, printed as median and 90th percentile in
    /// milliseconds: <c>dotnet run -c Release --project bench/Breakout.Benchmarks -- declared-reads sqlite|postgres</c>.
    /// For a machine too loaded for BenchmarkDotNet's per-method set-up (which imports the account again per method).
    /// </summary>
    /// <param name="only">The reads to run (by name); all when empty.</param>
    public static async Task MeasureAsync(string kind, TextWriter output, IReadOnlyCollection<string> only)
    {
        DeclaredObjectReadBenchmarks reads = kind == "postgres" ? new PostgresDeclaredObjectReadBenchmarks() : new SqliteDeclaredObjectReadBenchmarks();
        var setup = System.Diagnostics.Stopwatch.StartNew();
        await reads.SetupAsync();
        output.WriteLine($"{kind}: set-up {setup.Elapsed.TotalSeconds:F0} s");
        try
        {
            foreach (var (name, read) in new (string, Func<Task>)[]
            {
                (nameof(SearchByInvitee), reads.SearchByInvitee), (nameof(SearchByTransactionNumber), reads.SearchByTransactionNumber),
                (nameof(SearchByTransactionDate), reads.SearchByTransactionDate), (nameof(SearchFailed), reads.SearchFailed),
                (nameof(SearchByContact), reads.SearchByContact), (nameof(GetUpdatedOneHour), reads.GetUpdatedOneHour), (nameof(Retrieve200), reads.Retrieve200),
                (nameof(SearchContactByLastName), reads.SearchContactByLastName), (nameof(SearchInactiveContacts), reads.SearchInactiveContacts),
                (nameof(SearchInviteeByFirstName), reads.SearchInviteeByFirstName), (nameof(SearchInviteeByConfirmationNumber), reads.SearchInviteeByConfirmationNumber),
                (nameof(SearchCancelledInvitees), reads.SearchCancelledInvitees), (nameof(SearchParticipants), reads.SearchParticipants),
                (nameof(SearchRegistrationsByDate), reads.SearchRegistrationsByDate), (nameof(GetUpdatedInviteesOneHour), reads.GetUpdatedInviteesOneHour),
                (nameof(RetrieveInvitees200), reads.RetrieveInvitees200),
            }.Where(r => only.Count == 0 || only.Contains(r.Item1)))
            {
                var times = new List<double>();
                for (var i = 0; i < 28; i++)
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    await read();
                    if (i >= 3)
                    {
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                output.WriteLine(FormattableString.Invariant($"{kind} {name}: median {times[times.Count / 2]:F2} ms, p90 {times[times.Count * 9 / 10]:F2} ms"));
            }
        }
        finally
        {
            await reads.CleanupAsync();
        }
    }

    private static CvSearch Search(string field, CvSearchOperator op, string value) => Search(TransactionObject.Descriptor, field, value, op);

    private static CvSearch Search(CvObjectDescriptor type, string field, string value, CvSearchOperator op = CvSearchOperator.EqualTo)
    {
        var filter = CvSearchRules.Check(type, field, op.ToWire(), value, [], out var error) ?? throw new InvalidOperationException(error?.ToString());
        return new CvSearch(type, false, [filter]);
    }

    /// <summary>A clock the setup sets, so each import batch has its own modification time.</summary>
    private sealed class SteppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

/// <summary>The at-size reads on SQLite (a temp file, <c>synchronous=NORMAL</c>).</summary>
public class SqliteDeclaredObjectReadBenchmarks : DeclaredObjectReadBenchmarks
{
    protected override string Kind => "sqlite";
}

/// <summary>The at-size reads on PostgreSQL (a database created on <c>BREAKOUT_BENCH_POSTGRES</c>, dropped after).</summary>
public class PostgresDeclaredObjectReadBenchmarks : DeclaredObjectReadBenchmarks
{
    protected override string Kind => "postgres";
}
