using Breakout.Storage.Operators;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset CallsAt = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task CallCounts_AreAddedPerAccountDayOperationResultAndCode_AcrossBatchesAndConcurrently()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Calls", ct);
        var other = await Store.CreateAccountAsync(NewAccountNumber(), "Calls 2", ct);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Store.RecordCallsAsync(
            [
                new CallCount(account.Key, 740_100, "SessionRegAction", "success", "", 3),
                new CallCount(account.Key, 740_100, "Retrieve", "fault", "CV10105", 1),
            ],
            [], DateTimeOffset.MinValue, 0, ct)));
        await Store.RecordCallsAsync(
            [
                new CallCount(account.Key, 740_100, "Retrieve", "fault", "CV20001", 2),
                new CallCount(account.Key, 740_101, "Retrieve", "success", "", 5),
                new CallCount(other.Key, 740_100, "Retrieve", "success", "", 7),
            ],
            [], DateTimeOffset.MinValue, 0, ct);

        var counts = await Store.ListCallCountsAsync(account.Key, 740_100, ct);

        Assert.Equal(
            [
                new CallCount(account.Key, 740_100, "Retrieve", "fault", "CV10105", 8),
                new CallCount(account.Key, 740_100, "Retrieve", "fault", "CV20001", 2),
                new CallCount(account.Key, 740_100, "SessionRegAction", "success", "", 24),
            ],
            counts);
        Assert.Equal([new CallCount(other.Key, 740_100, "Retrieve", "success", "", 7)], await Store.ListCallCountsAsync(other.Key, 740_100, ct));
        Assert.Equal(5, Assert.Single(await Store.ListCallCountsAsync(account.Key, 740_101, ct)).Calls);
    }

    [Fact]
    public async Task FailedCalls_AreListedNewestFirst_PagedByKey_WithTheirApiUser_AndPerAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Failures", ct);
        var other = await Store.CreateAccountAsync(NewAccountNumber(), "Failures 2", ct);
        var user = await Store.CreateApiUserAsync(account.Key, "sync-job", "hash", "", ct);
        var failures = Enumerable.Range(1, 5).Select(i => new FailedCall(0, account.Key, CallsAt.AddSeconds(i), "SessionRegAction", user.Key,
            "item_errors", $"CV40001 ×{i}", "The session is full.", "127.0.0.1", i)).ToList();

        await Store.RecordCallsAsync([], failures, DateTimeOffset.MinValue, 0, ct);
        await Store.RecordCallsAsync([], [new FailedCall(0, other.Key, CallsAt, "Retrieve", null, "fault", "CV10105", "The session expired.", null, null)],
            DateTimeOffset.MinValue, 0, ct);

        var first = await Store.ListFailedCallsAsync(account.Key, long.MaxValue, 3, ct);
        var second = await Store.ListFailedCallsAsync(account.Key, first[^1].Key, 3, ct);

        Assert.Equal(["CV40001 ×5", "CV40001 ×4", "CV40001 ×3"], first.Select(f => f.Codes));
        Assert.Equal(["CV40001 ×2", "CV40001 ×1"], second.Select(f => f.Codes));
        Assert.All(first.Concat(second), f => Assert.Equal("sync-job", f.ApiUserName));
        Assert.Equal(failures[4] with { Key = first[0].Key, ApiUserName = "sync-job" }, first[0]);
        var others = await Store.ListFailedCallsAsync(other.Key, long.MaxValue, 10, ct);
        Assert.Equal("CV10105", Assert.Single(others).Codes);
        Assert.Null(others[0].ApiUserName);
    }

    [Fact]
    public async Task CallsTiedToNoAccount_AreKeptApart_AndOldRowsAreForgotten_AndDeletingAnAccountDeletesItsRows()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Forgotten", ct);
        var marker = "not XML " + Guid.NewGuid();
        await Store.RecordCallsAsync(
            [new CallCount(null, 740_200, "unknown", "fault", "CV10001", 2), new CallCount(account.Key, 740_200, "Login", "refused", "", 1)],
            [
                new FailedCall(0, null, CallsAt, "unknown", null, "fault", "CV10001", marker, "127.0.0.2", null),
                new FailedCall(0, account.Key, CallsAt.AddYears(-30), "Login", null, "refused", "wrong_password", "Login refused", null, null),
                new FailedCall(0, account.Key, CallsAt, "Login", null, "refused", "locked_out", "Login refused", null, null),
            ],
            DateTimeOffset.MinValue, 0, ct);

        var unattributed = await Store.ListFailedCallsAsync(null, long.MaxValue, 1000, ct);
        Assert.Contains(unattributed, f => f.Message == marker && f.AccountKey is null && f.RemoteAddress == "127.0.0.2");
        Assert.Contains(new CallCount(null, 740_200, "unknown", "fault", "CV10001", 2), await Store.ListCallCountsAsync(null, 740_200, ct));
        Assert.Equal(2, (await Store.ListFailedCallsAsync(account.Key, long.MaxValue, 10, ct)).Count);

        // Failed calls before the first instant kept and counts of days before the first day kept are forgotten.
        await Store.RecordCallsAsync([], [], CallsAt.AddYears(-1), 740_201, ct);

        Assert.Equal(["locked_out"], (await Store.ListFailedCallsAsync(account.Key, long.MaxValue, 10, ct)).Select(f => f.Codes));
        Assert.Empty(await Store.ListCallCountsAsync(account.Key, 740_200, ct));

        await Store.RecordCallsAsync([new CallCount(account.Key, 740_300, "Login", "success", "", 1)], [], DateTimeOffset.MinValue, 0, ct);
        await Store.DeleteAccountAsync(account.Key, force: true, ct);

        Assert.Empty(await Store.ListFailedCallsAsync(account.Key, long.MaxValue, 10, ct));
        Assert.Empty(await Store.ListCallCountsAsync(account.Key, 740_300, ct));
    }
}
