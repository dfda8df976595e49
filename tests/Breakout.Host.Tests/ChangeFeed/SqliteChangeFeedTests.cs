using Breakout.TestSupport;

namespace Breakout.Host.Tests.ChangeFeed;

public sealed class SqliteChangeFeedTests : ChangeFeedTests
{
    protected override async Task<BreakoutServer?> StartServerAsync() => await BreakoutServer.StartAsync(FeedApi.Enabled);

    [Fact]
    public async Task Changes_WhenTheFeedIsNotEnabled_AreNotServed()
    {
        await using var server = await BreakoutServer.StartAsync();
        using var api = FeedApi.For(server.Endpoint);

        using var response = await api.SendAsync(HttpMethod.Get, $"changes?account={server.Manifest.AccountNumber}");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
