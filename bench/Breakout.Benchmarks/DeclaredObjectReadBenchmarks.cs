using BenchmarkDotNet.Attributes;
using Breakout.Domain;
using Breakout.Domain.Objects;
using Breakout.Storage;
using Breakout.Storage.Sqlite;

namespace Breakout.Benchmarks;

/// <summary>
/// Reads of a type served by declaration at the size issue #17 names: one account with 100,000 contacts, 200,000
/// invitees and 50,000 transactions, imported an hour apart in 50 batches of 1,000 transactions (so a one-hour
/// GetUpdated window holds 1,000 of them). SQLite store on a temp file. Run with <c>--filter *DeclaredObjectRead*</c>.
/// </summary>
[MemoryDiagnoser]
public class DeclaredObjectReadBenchmarks
{
    private const int Contacts = 100_000;
    private const int Invitees = 200_000;
    private const int Transactions = 50_000;
    private const int TransactionsPerHour = 1_000;

    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);

    private readonly SteppedClock clock = new(Start);
    private string folder = null!;
    private IBreakoutStore store = null!;
    private long account;
    private List<CventId> inviteeIds = [];
    private List<CventId> transactionIds = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        folder = Directory.CreateTempSubdirectory("breakout-bench-objects-").FullName;
        store = new SqliteStore(new SqliteStoreOptions { Path = Path.Combine(folder, "bench.db"), Synchronous = "NORMAL" }, clock);
        await store.MigrateAsync();
        account = (await store.CreateAccountAsync("BENCHOBJ", "Objects at size")).Key;
        var e = new EventRecord(CventId.New(), "Bench Summit", "BS", EventStatus.Active, Start, Start.AddDays(1), "UTC");
        var contacts = Enumerable.Range(0, Contacts).Select(i => new ContactRecord(CventId.New(), $"F{i}", $"L{i}", $"c{i}@example.com", "Co")).ToList();
        inviteeIds = [.. Enumerable.Range(0, Invitees).Select(_ => CventId.New())];
        await store.ImportAsync(account, new CatalogBatch { Events = [e] });
        foreach (var chunk in contacts.Chunk(5_000))
        {
            await store.ImportAsync(account, new CatalogBatch { Contacts = chunk });
        }

        foreach (var chunk in inviteeIds.Select((id, i) => new InviteeRecord(id, e.Id, i < Contacts ? contacts[i].Id : null, $"CN{i:D7}", InviteeStatus.Accepted, "", "", ""))
            .Chunk(5_000))
        {
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
                })).ToList();
            await store.ImportAsync(account, new CatalogBatch { Objects = rows });
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await store.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Search Transaction by InviteeId Equals (one invitee's transactions): the index path.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchByInvitee() =>
        store.SearchAsync(account, Search("InviteeId", CvSearchOperator.EqualTo, inviteeIds[30_000].ToString()), 25_000);

    /// <summary>Search Transaction by TransactionNumber Equals: a text comparison, folded for case, over the account's rows.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> SearchByTransactionNumber() =>
        store.SearchAsync(account, Search("TransactionNumber", CvSearchOperator.EqualTo, "TXN0012345"), 25_000);

    /// <summary>GetUpdated over one hour: 1,000 of the 50,000 transactions.</summary>
    [Benchmark]
    public Task<IReadOnlyList<string>> GetUpdatedOneHour() =>
        store.GetUpdatedAsync(account, TransactionObject.Descriptor, Start.AddHours(20), Start.AddHours(21), 10_000);

    /// <summary>Retrieve of 200 transactions by ID, every field.</summary>
    [Benchmark]
    public Task<IReadOnlyList<CvObjectRecord>> Retrieve200() =>
        store.RetrieveAsync(account, TransactionObject.Descriptor, transactionIds.Skip(10_000).Take(200).ToList());

    private static CvSearch Search(string field, CvSearchOperator op, string value)
    {
        var filter = CvSearchRules.Check(TransactionObject.Descriptor, field, op.ToWire(), value, [], out var error)
            ?? throw new InvalidOperationException(error?.ToString());
        return new CvSearch(TransactionObject.Descriptor, false, [filter]);
    }

    /// <summary>A clock the setup sets, so each import batch has its own modification time.</summary>
    private sealed class SteppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
