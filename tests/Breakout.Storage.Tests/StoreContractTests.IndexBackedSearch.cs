using System.Text.RegularExpressions;
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
    /// <summary>
    /// Asserts the plan of one Search names each of <paramref name="indexes"/>. Run on SQLite only
    /// (<see cref="SqliteStoreContractTests"/>): the PostgreSQL store's class has no such test, rather than a skipped one.
    /// </summary>
    protected async Task AssertSearchUsesIndexesAsync(string typeName, string field, string op, string value, string indexes)
    {
        var tenant = await NewTenantAsync();
        var type = CvObjectCatalogue.All.Single(t => t.Name == typeName);
        var filter = CvSearchRules.Check(type, field, op, value, [], out var error);
        Assert.Null(error);

        var plan = await ((SqlStore)Store).ExplainSearchAsync(tenant.Account.Key, new CvSearch(type, false, [filter!]), Ct);

        Assert.All(indexes.Split(' '), index => Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Asserts the plan of one Search walks no table by its account alone: every row it reads is found through an
    /// index on the filter's expression or a key looked up from one.
    /// </summary>
    protected async Task AssertSearchWalksNoAccountAsync(string typeName, string field, string op, string value)
    {
        var tenant = await NewTenantAsync();
        var type = CvObjectCatalogue.All.Single(t => t.Name == typeName);
        var filter = op == "Includes"
            ? CvSearchRules.Check(type, field, op, null, value.Split(','), out var error)
            : CvSearchRules.Check(type, field, op, value, [], out error);
        Assert.Null(error);

        var plan = await ((SqlStore)Store).ExplainSearchAsync(tenant.Account.Key, new CvSearch(type, false, [filter!]), Ct);

        Assert.DoesNotContain(plan, line => AccountWalk().IsMatch(line));
        Assert.Contains(plan, line => line.StartsWith("SEARCH ", StringComparison.Ordinal));
    }

    /// <summary>A table scanned, or searched by its account (and a registrant's kind) only.</summary>
    [GeneratedRegex(@"^(SCAN (?!CONSTANT ROW)\w+|SEARCH \w+ USING (COVERING )?INDEX \S+ \(account_pk=\?( AND kind=\?)?\))$")]
    private static partial Regex AccountWalk();
}
