using System.Security.Cryptography;
using System.Text;

namespace Breakout.Storage.Tests;

/// <summary>Calls with one <c>Idempotency-Key</c> on two nodes of one PostgreSQL database (docs/idempotency.md).</summary>
public sealed class PostgresTwoNodeIdempotencyTests(PostgresTwoNodeFixture fixture) : IClassFixture<PostgresTwoNodeFixture>
{
    private const int Day = 740_700;

    [Fact]
    public async Task ConcurrentRetriesOfOneKey_OnTwoNodes_RunOnce_AndAllAnswerTheSameBytes()
    {
        var account = await NewAccountAsync();
        var call = Call(account, "two-nodes", TimeSpan.FromSeconds(30));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
        {
            var node = i % 2 == 0 ? fixture.A : fixture.B;
            return Task.Run(() => node.RunIdempotentAsync(call, CountCall(node, account), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        }));

        Assert.Single(outcomes, o => o.Result == IdempotentResult.Executed);
        Assert.All(outcomes, o => Assert.Equal("1", Encoding.UTF8.GetString(o.Response!.Body)));
        Assert.Equal(2, await fixture.A.CountApiCallAsync(account, Day, 100, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RetryOnTheOtherNode_WhileTheFirstStillRuns_AnswersInProgressAfterTheWait_ThenTheStoredBytes()
    {
        var account = await NewAccountAsync();
        var call = Call(account, "held", TimeSpan.FromSeconds(30));
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = fixture.A.RunIdempotentAsync(call, async ct =>
        {
            var response = await CountCall(fixture.A, account)(ct);
            written.TrySetResult();
            await release.Task;
            return response;
        }, TestContext.Current.CancellationToken);
        await written.Task.WaitAsync(TestContext.Current.CancellationToken);

        var whileRunning = await fixture.B.RunIdempotentAsync(call with { Wait = TimeSpan.FromMilliseconds(300) }, CountCall(fixture.B, account),
            TestContext.Current.CancellationToken);
        release.SetResult();
        await first;
        var afterwards = await fixture.B.RunIdempotentAsync(call, CountCall(fixture.B, account), TestContext.Current.CancellationToken);

        Assert.Equal(IdempotentResult.InProgress, whileRunning.Result);
        Assert.Equal((IdempotentResult.Replayed, "1"), (afterwards.Result, Encoding.UTF8.GetString(afterwards.Response!.Body)));
        Assert.Equal(2, await fixture.B.CountApiCallAsync(account, Day, 100, TestContext.Current.CancellationToken));
    }

    private async Task<long> NewAccountAsync() =>
        (await fixture.A.CreateAccountAsync("I" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(), "Two-node keys", TestContext.Current.CancellationToken)).Key;

    private static IdempotentCall Call(long account, string key, TimeSpan wait) =>
        new(account, key, SHA256.HashData("body"u8), TimeSpan.FromHours(24), wait);

    private static Func<CancellationToken, Task<StoredResponse>> CountCall(IBreakoutStore node, long account) => async ct =>
        new StoredResponse(200, "text/xml; charset=utf-8",
            Encoding.UTF8.GetBytes((await node.CountApiCallAsync(account, Day, 100, ct))!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
