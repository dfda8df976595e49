using System.Text.RegularExpressions;
using Breakout.Domain.Objects;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Tests;

/// <summary>The store contract on the PostgreSQL store (a fresh database on the test server), and the Search plans PostgreSQL chooses.</summary>
public sealed partial class PostgresStoreContractTests(PostgresStoreFixture fixture) : StoreContractTests(fixture), IClassFixture<PostgresStoreFixture>
{
    /// <summary>Rows of each kind the plan tests give their account: enough that reading the account row by row costs more than an index lookup.</summary>
    private const int AtSize = 3000;

    /// <summary>
    /// Every searchable stored field of the six types served first (the fields of
    /// <see cref="SqliteStoreContractTests.FirstTypesSearchableFields"/>), compared with Equals, is answered through an index
    /// of its filter, as PostgreSQL plans it by its own costs. PostgreSQL chooses by statistics: on a nearly empty table every
    /// index led by the account costs the same as a walk of the account, and a sequential scan costs least, so a plan read
    /// there (even with sequential scans disabled) shows only that some index exists. Here the account holds
    /// <see cref="AtSize"/> events, sessions, contacts and invitees (each of its own event) and as many guests, the tables are analysed, and the plan is the one
    /// the planner picks with every method enabled: it reads the type's own table neither in full nor by the account (and
    /// a registrant's kind) alone, and no index of those tables without a condition.
    /// </summary>
    [Theory]
    [MemberData(nameof(SqliteStoreContractTests.FirstTypesSearchableFields), MemberType = typeof(SqliteStoreContractTests))]
    public async Task Search_OnEverySearchableFieldOfTheFirstSixTypes_IsPlannedThroughAnIndexOfItsFilter_AtSize(string typeName, string field, string value)
    {
        var tenant = await AtSizeTenantAsync();
        var type = CvObjectCatalogue.All.Single(t => t.Name == typeName);
        var filter = CvSearchRules.Check(type, field, "Equals", value, [], out var error);
        Assert.Null(error);

        var plan = await ((SqlStore)Store).ExplainSearchAsPlannedAsync(tenant.Account.Key, new CvSearch(type, false, [filter!]), TestContext.Current.CancellationToken);

        var text = string.Join('\n', plan);
        // The type's own table: the rows joined to the few found (an invitee's event) may be hashed whole at this size.
        var own = typeName switch { "Event" => "events", "Session" => "sessions", "Contact" => "contacts", _ => "registrants" };
        Assert.False(plan.Where((line, i) => line.Contains($"Seq Scan on {own} ", StringComparison.Ordinal)
            || (FilledTableIndexScan().IsMatch(line) && (i + 1 == plan.Count || !plan[i + 1].Contains("Index Cond:", StringComparison.Ordinal)))).Any(), text);
        Assert.False(plan.Any(line => AccountWalk().IsMatch(line)), text);
        Assert.True(plan.Any(line => IndexRead().IsMatch(line)), text);
    }

    private static readonly SemaphoreSlim Filling = new(1, 1);

    private static (PostgresStoreFixture Fixture, Tenant Tenant)? filled;

    /// <summary>The tenant filled at size, once for the fixture's database: filling and analysing take seconds.</summary>
    private async Task<Tenant> AtSizeTenantAsync()
    {
        await Filling.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (filled is not { } done || !ReferenceEquals(done.Fixture, Fixture))
            {
                var tenant = await NewTenantAsync();
                await FillAsync(tenant.Account.Key);
                filled = done = ((PostgresStoreFixture)Fixture, tenant);
            }

            return done.Tenant;
        }
        finally
        {
            Filling.Release();
        }
    }

    /// <summary>
    /// Gives the account <see cref="AtSize"/> rows of each first type, whose searched values are unlike the test's (text
    /// fields empty or numbered, dates and flags unset), and analyses the tables.
    /// </summary>
    private Task FillAsync(long account) => Fixture.ExecuteOutsideAsync($"""
        INSERT INTO events (account_pk, id, title, code, status, time_zone, updated_at)
            SELECT {account}, gen_random_uuid(), 'Bulk ' || g, 'BULK' || g, 0, 'UTC', g FROM generate_series(1, {AtSize}) g;
        INSERT INTO sessions (account_pk, id, event_pk, name, code, status, capacity, enable_waitlist, waitlist_capacity, included, updated_at)
            SELECT {account}, gen_random_uuid(), e.pk, 'Bulk ' || e.code, e.code, 0, 10, 0, 0, 0, e.updated_at FROM events e WHERE e.account_pk = {account} AND e.code LIKE 'BULK%';
        INSERT INTO contacts (account_pk, id, first_name, last_name, email_address, company, updated_at)
            SELECT {account}, gen_random_uuid(), 'Bulk', 'Contact ' || g, 'bulk' || g || '@example.com', '', g FROM generate_series(1, {AtSize}) g;
        INSERT INTO registrants (account_pk, id, kind, event_pk, confirmation_number, status, first_name, last_name, email_address, updated_at)
            SELECT {account}, gen_random_uuid(), 0, e.pk, e.code, 0, 'Bulk', 'Invitee ' || e.code, lower(e.code) || '@example.com', e.updated_at
            FROM events e WHERE e.account_pk = {account} AND e.code LIKE 'BULK%';
        INSERT INTO registrants (account_pk, id, kind, event_pk, invitee_pk, confirmation_number, status, first_name, last_name, email_address, updated_at)
            SELECT {account}, gen_random_uuid(), 1, v.event_pk, v.pk, 'G' || v.confirmation_number, 0, 'Bulk', 'Guest ' || v.confirmation_number,
                'guest.' || v.email_address, v.updated_at
            FROM registrants v WHERE v.account_pk = {account} AND v.kind = 0 AND v.confirmation_number LIKE 'BULK%';
        ANALYZE events, sessions, contacts, registrants;
        """);

    /// <summary>An index of a table filled at size, read in full when no Index Cond follows.</summary>
    [GeneratedRegex(@"Index (Only )?Scan (Backward )?using \w+ on (events|sessions|contacts|registrants) ")]
    private static partial Regex FilledTableIndexScan();

    /// <summary>An index searched by its account (and a registrant's kind) only.</summary>
    [GeneratedRegex(@"Index Cond: \(+(\w+\.)?account_pk = [^()]+\)+( AND \((\w+\.)?kind = \d+\)+)?$")]
    private static partial Regex AccountWalk();

    /// <summary>A row read through an index (or a bitmap of one).</summary>
    [GeneratedRegex(@"(Index Scan|Index Only Scan|Bitmap Index Scan) (Backward )?(using|on) \w+")]
    private static partial Regex IndexRead();
}
