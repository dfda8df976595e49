using Breakout.Domain.Objects;
using Breakout.Storage.Sql;

namespace Breakout.Storage.Tests;

/// <summary>
/// Search filters that are index-backed since issue #17's at-size work: dates (compared as a range of the stored
/// column), a boolean with a default (an index on the defaulted expression) and ID fields a type shows from a related
/// row (looked up by the related row's key). Read from the plan SQLite shows for the store's own statement: without
/// statistics its planner picks the index with the most usable constraints, so the plan is stable on a small database.
/// PostgreSQL chooses by statistics (on an empty table every index led by the account costs the same), so its plans are
/// measured at size instead (docs/benchmarks.md).
/// </summary>
public abstract partial class StoreContractTests
{
    [Theory]
    [InlineData("Transaction", "TransactionDate", "Equals", "2027-02-01T10:00:00", "transactions_transaction_date")]
    [InlineData("Transaction", "TransactionDate", "Greater than", "2027-02-01T10:00:00", "transactions_transaction_date")]
    [InlineData("Transaction", "Success", "Equals", "false", "transactions_success")]
    [InlineData("Transaction", "ContactId", "Equals", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "transactions_account_registrant registrants_contact")]
    [InlineData("Transaction", "EventId", "Includes", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "transactions_account_registrant registrants_confirmation")]
    [InlineData("Travel", "ContactId", "Equals", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "travel_registrant registrants_contact")]
    [InlineData("Speaker", "LastModifiedDate", "Less than", "2027-02-01T10:00:00", "speakers_updated")]
    [InlineData("Survey", "AssociatedEventDetail/EventId", "Equals", "6F9619FF-8B86-4011-B42D-00C04FC964FF", "survey_events_event")]
    public async Task Search_OnDatesDefaultedBooleansAndRelatedIds_IsAnsweredThroughAnIndex(string typeName, string field, string op, string value, string indexes)
    {
        Assert.SkipUnless(Store is Sqlite.SqliteStore, "PostgreSQL plans are chosen by statistics: measured at size in the benchmark, not on a test database.");
        var tenant = await NewTenantAsync();
        var type = CvObjectCatalogue.All.Single(t => t.Name == typeName);
        var filter = CvSearchRules.Check(type, field, op, value, [], out var error);
        Assert.Null(error);

        var plan = await ((SqlStore)Store).ExplainSearchAsync(tenant.Account.Key, new CvSearch(type, false, [filter!]), Ct);

        Assert.All(indexes.Split(' '), index => Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal)));
    }
}
