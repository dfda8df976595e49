using System.Security.Cryptography;
using System.Text;
using Breakout.Domain;

namespace Breakout.Storage.Tests;

public abstract partial class StoreContractTests
{
    private const int IdempotencyDay = 740_600;

    [Fact]
    public async Task IdempotentCall_RetriedWithTheSameBody_AnswersTheStoredBytes_AndRunsOnce()
    {
        var tenant = await NewTenantAsync();
        var person = tenant.Catalog.Accepted[0].Id;
        var executions = 0;
        var call = IdempotentCall(tenant.Account.Key, "register-1", "body");
        Task<StoredResponse> RegisterAsync(CancellationToken ct) => RespondAfterAsync(async () =>
        {
            var result = Assert.Single(await ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.Unlimited.Id.ToString(), Item(person)));
            Interlocked.Increment(ref executions);
            return $"{result.Outcome} {Guid.NewGuid()}"; // a fresh GUID: a retry that ran again would answer other bytes
        });

        var first = await Store.RunIdempotentAsync(call, RegisterAsync, TestContext.Current.CancellationToken);
        var retry = await Store.RunIdempotentAsync(call, RegisterAsync, TestContext.Current.CancellationToken);

        Assert.Equal((IdempotentResult.Executed, true), (first.Result, first.Stored));
        Assert.Equal(IdempotentResult.Replayed, retry.Result);
        Assert.Equal(first.Response!.Body, retry.Response!.Body);
        Assert.Equal((200, "text/xml; charset=utf-8"), (retry.Response.StatusCode, retry.Response.ContentType));
        Assert.StartsWith("Registered ", Encoding.UTF8.GetString(retry.Response.Body), StringComparison.Ordinal);
        Assert.Equal(1, executions);
        Assert.Single(await ExportAsync(tenant));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task IdempotentCall_WithTheKeyOfAnotherBody_IsRefusedAsReused_AndRunsNothing()
    {
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Keys", TestContext.Current.CancellationToken);
        var other = await Store.CreateAccountAsync(NewAccountNumber(), "Other keys", TestContext.Current.CancellationToken);

        var first = await Store.RunIdempotentAsync(IdempotentCall(account.Key, "k", "body A"), CountCallAsync(account.Key), TestContext.Current.CancellationToken);
        var reused = await Store.RunIdempotentAsync(IdempotentCall(account.Key, "k", "body B"), CountCallAsync(account.Key), TestContext.Current.CancellationToken);
        var otherCase = await Store.RunIdempotentAsync(IdempotentCall(account.Key, "K", "body B"), CountCallAsync(account.Key), TestContext.Current.CancellationToken);
        var otherAccount = await Store.RunIdempotentAsync(IdempotentCall(other.Key, "k", "body B"), CountCallAsync(other.Key), TestContext.Current.CancellationToken);

        Assert.Equal(IdempotentResult.Executed, first.Result);
        Assert.Equal(new IdempotentOutcome(IdempotentResult.KeyReused), reused);
        Assert.Equal("2", Encoding.UTF8.GetString(otherCase.Response!.Body)); // keys are compared exactly: another key, run
        Assert.Equal("1", Encoding.UTF8.GetString(otherAccount.Response!.Body)); // keys are per account
        Assert.Equal(3, await Store.CountApiCallAsync(account.Key, IdempotencyDay, 100, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IdempotentCall_ThatWritesNothing_IsAnswered_AndNotKept()
    {
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Reads", TestContext.Current.CancellationToken);
        var reads = 0;
        var call = IdempotentCall(account.Key, "read", "body");
        Task<StoredResponse> ReadAsync(CancellationToken ct) => RespondAfterAsync(async () =>
        {
            var found = await Store.FindAccountAsync(account.AccountNumber, ct);
            return $"{found!.Name} {Interlocked.Increment(ref reads)}";
        });

        var first = await Store.RunIdempotentAsync(call, ReadAsync, TestContext.Current.CancellationToken);
        var again = await Store.RunIdempotentAsync(call, ReadAsync, TestContext.Current.CancellationToken);

        Assert.Equal((IdempotentResult.Executed, false, "Reads 1"), (first.Result, first.Stored, Encoding.UTF8.GetString(first.Response!.Body)));
        Assert.Equal((IdempotentResult.Executed, false, "Reads 2"), (again.Result, again.Stored, Encoding.UTF8.GetString(again.Response!.Body)));
    }

    [Fact]
    public async Task IdempotentCall_ThatFailsAfterWriting_KeepsNeitherItsWritesNorItsKey()
    {
        var tenant = await NewTenantAsync();
        var person = tenant.Catalog.Accepted[1].Id;
        var call = IdempotentCall(tenant.Account.Key, "fails", "body");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.RunIdempotentAsync(call, async ct =>
        {
            await ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.Unlimited.Id.ToString(), Item(person));
            throw new InvalidOperationException("The call failed after its write.");
        }, TestContext.Current.CancellationToken));
        var exportAfterFailure = await ExportAsync(tenant);
        var retry = await Store.RunIdempotentAsync(call, ct => RespondAfterAsync(async () =>
            Assert.Single(await ActAsync(tenant, SessionRegActionType.Register, tenant.Catalog.Unlimited.Id.ToString(), Item(person))).Outcome.ToString()),
            TestContext.Current.CancellationToken);

        Assert.Empty(exportAfterFailure);
        Assert.Equal((IdempotentResult.Executed, true, "Registered"), (retry.Result, retry.Stored, Encoding.UTF8.GetString(retry.Response!.Body)));
        await AssertInvariantsAsync();
    }

    [Fact]
    public async Task IdempotentCalls_SentConcurrentlyWithOneKey_RunOnce_AndAllAnswerTheSameBytes()
    {
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Concurrent", TestContext.Current.CancellationToken);
        var call = IdempotentCall(account.Key, "concurrent", "body");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => Store.RunIdempotentAsync(call, CountCallAsync(account.Key), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));

        Assert.Single(outcomes, o => o.Result == IdempotentResult.Executed);
        Assert.Equal(7, outcomes.Count(o => o.Result == IdempotentResult.Replayed));
        Assert.All(outcomes, o => Assert.Equal("1", Encoding.UTF8.GetString(o.Response!.Body)));
        Assert.Equal(2, await Store.CountApiCallAsync(account.Key, IdempotencyDay, 100, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task IdempotentCall_RetriedWhileTheFirstStillRuns_WaitsBoundedly_ThenAnswersInProgress_AndLaterTheStoredBytes()
    {
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "In progress", TestContext.Current.CancellationToken);
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var call = IdempotentCall(account.Key, "slow", "body");
        var first = Store.RunIdempotentAsync(call, async ct =>
        {
            var response = await CountCallAsync(account.Key)(ct);
            written.TrySetResult();
            await release.Task;
            return response;
        }, TestContext.Current.CancellationToken);
        await written.Task.WaitAsync(TestContext.Current.CancellationToken);

        var whileRunning = await Store.RunIdempotentAsync(call with { Wait = TimeSpan.FromMilliseconds(200) }, CountCallAsync(account.Key), TestContext.Current.CancellationToken);
        release.SetResult();
        var firstOutcome = await first;
        var afterwards = await Store.RunIdempotentAsync(call, CountCallAsync(account.Key), TestContext.Current.CancellationToken);

        Assert.Equal(new IdempotentOutcome(IdempotentResult.InProgress), whileRunning);
        Assert.Equal(IdempotentResult.Executed, firstOutcome.Result);
        Assert.Equal((IdempotentResult.Replayed, "1"), (afterwards.Result, Encoding.UTF8.GetString(afterwards.Response!.Body)));
    }

    [Fact]
    public async Task IdempotencyKeys_PastTheirRetention_AreAnsweredNoMore_AndArePurged()
    {
        var account = await Store.CreateAccountAsync(NewAccountNumber(), "Retention", TestContext.Current.CancellationToken);
        var call = IdempotentCall(account.Key, "short-lived", "body") with { Retention = TimeSpan.FromMinutes(1) };
        await Store.RunIdempotentAsync(call, CountCallAsync(account.Key), TestContext.Current.CancellationToken);
        await Store.RunIdempotentAsync(call with { Key = "purged" }, CountCallAsync(account.Key), TestContext.Current.CancellationToken);
        var beforeExpiry = await Store.RunIdempotentAsync(call, CountCallAsync(account.Key), TestContext.Current.CancellationToken);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterExpiry = await Store.RunIdempotentAsync(call with { RequestHash = SHA256.HashData("another body"u8) }, CountCallAsync(account.Key),
            TestContext.Current.CancellationToken);
        var purged = await Store.PurgeIdempotencyKeysAsync(TestContext.Current.CancellationToken);

        Assert.Equal(IdempotentResult.Replayed, beforeExpiry.Result);
        Assert.Equal((IdempotentResult.Executed, "3"), (afterExpiry.Result, Encoding.UTF8.GetString(afterExpiry.Response!.Body)));
        Assert.True(purged >= 1, $"purged {purged}");
        Assert.Equal(0, await Store.PurgeIdempotencyKeysAsync(TestContext.Current.CancellationToken));
    }

    private static IdempotentCall IdempotentCall(long account, string key, string body) =>
        new(account, key, SHA256.HashData(Encoding.UTF8.GetBytes(body)), TimeSpan.FromHours(24), TimeSpan.FromSeconds(30));

    private static async Task<StoredResponse> RespondAfterAsync(Func<Task<string>> work) =>
        new(200, "text/xml; charset=utf-8", Encoding.UTF8.GetBytes(await work()));

    /// <summary>A call that writes: counts one API call of the account and answers the count, so the count shows how often it ran.</summary>
    private Func<CancellationToken, Task<StoredResponse>> CountCallAsync(long account) =>
        ct => RespondAfterAsync(async () => (await Store.CountApiCallAsync(account, IdempotencyDay, 100, ct))!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
