namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task ApiCalls_AreCountedPerAccountAndDay_UpToTheLimit_AndConcurrentCallsAllCount()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Quota", ct);
        var other = await Store.CreateAccountAsync(NewAccountNumber(), "Quota 2", ct);

        var counts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Store.CountApiCallAsync(account.Key, 740_000, 10, ct)));

        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long?)i), counts.Where(c => c is not null).Order());
        Assert.Equal(2, counts.Count(c => c is null));
        Assert.Equal(10, await Store.GetApiCallsAsync(account.Key, 740_000, ct));
        Assert.Equal(1, await Store.CountApiCallAsync(account.Key, 740_001, 10, ct));
        Assert.Equal(0, await Store.GetApiCallsAsync(other.Key, 740_000, ct));
    }

    [Fact]
    public async Task ApiCalls_CountedElsewhere_AreAdded_ConcurrentlyAndPerAccountAndDay()
    {
        var ct = TestContext.Current.CancellationToken;
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Counted", ct);
        var other = await Store.CreateAccountAsync(NewAccountNumber(), "Counted 2", ct);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(n => Store.AddApiCallsAsync(account.Key, 740_010, n, ct)));
        await Store.AddApiCallsAsync(other.Key, 740_010, 5, ct);

        Assert.Equal(36, await Store.GetApiCallsAsync(account.Key, 740_010, ct));
        Assert.Equal(5, await Store.GetApiCallsAsync(other.Key, 740_010, ct));
        Assert.Equal(0, await Store.GetApiCallsAsync(account.Key, 740_011, ct));
    }
}
