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

    [Fact]
    public async Task Changes_AfterACursorOlderThanTheRetention_AreGone_WithTheOldestCursorToAskWith()
    {
        await using var server = await BreakoutServer.StartAsync([.. FeedApi.Enabled, "--Breakout:ChangeFeed:Retention=00:00:00.001"]);
        using var api = FeedApi.For(server.Endpoint);
        var account = server.Manifest.AccountNumber;

        // The node purges when it starts, then every minute: ask until the demo data's import is purged.
        var response = await api.SendAsync(HttpMethod.Get, $"changes?account={account}&after=0");
        while (response.StatusCode != System.Net.HttpStatusCode.Gone)
        {
            response.Dispose();
            await Task.Delay(200, TestContext.Current.CancellationToken);
            response = await api.SendAsync(HttpMethod.Get, $"changes?account={account}&after=0");
        }

        using (response)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
            var oldest = problem.GetProperty("oldestCursor").GetInt64();
            Assert.Equal(410, problem.GetProperty("status").GetInt32());
            var page = await api.JsonAsync(HttpMethod.Get, $"changes?account={account}&after={oldest}");
            Assert.Equal(oldest + 1, page.GetProperty("changes")[0].GetProperty("position").GetInt64());
        }
    }

    [Fact]
    public async Task OpenApiDocument_OfApiV1_ParsesAndListsEveryEndpoint()
    {
        await using var server = await BreakoutServer.StartAsync(FeedApi.Enabled);
        using var api = FeedApi.For(server.Endpoint);

        var document = await api.JsonAsync(HttpMethod.Get, "openapi.json");
        using var anonymous = await api.SendAsync(HttpMethod.Get, "openapi.json", bearer: null);

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        Assert.Equal(
            ["/api/v1/changes", "/api/v1/webhooks", "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries", "/api/v1/webhooks/{id}/redeliver"],
            paths.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["delete"], paths.GetProperty("/api/v1/webhooks/{id}").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["get", "post"], paths.GetProperty("/api/v1/webhooks").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var changes = paths.GetProperty("/api/v1/changes").GetProperty("get");
        Assert.Equal(["account", "after", "limit"], changes.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains("410", changes.GetProperty("responses").EnumerateObject().Select(r => r.Name));
        var change = document.GetProperty("components").GetProperty("schemas").GetProperty("ChangeRecord").GetProperty("properties");
        Assert.Contains("changedFields", change.EnumerateObject().Select(p => p.Name)); // session.updated and event.updated name their fields
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode); // behind the same key as the API
    }
}
