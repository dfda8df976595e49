using System.Net;
using System.Text.Json;
using Breakout.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Breakout.Host.Tests.FirstRun;

/// <summary><c>/health/live</c>, <c>/health/ready</c> and <c>/health</c> over real HTTP, with the database there and gone.</summary>
public sealed class HealthTests
{
    [Theory]
    [InlineData("/health/live", """{"status":"Healthy"}""")]
    [InlineData("/health/ready", """{"status":"Healthy","checks":{"database":"The database answers and its writer commits."}}""")]
    [InlineData("/health", """{"status":"Healthy","checks":{"database":"The database answers and its writer commits."}}""")]
    public async Task Health_WhenTheDatabaseAnswers_Is200WithAShortJsonBody(string path, string body)
    {
        await using var server = await BreakoutServer.StartAsync();

        var (status, contentType, text) = await GetAsync(server, path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json; charset=utf-8", contentType);
        Assert.Equal(body, text);
    }

    [Fact]
    public async Task Ready_WhenTheDatabaseIsGone_Is503_LiveStays200_AndEachChangeIsLoggedOnce()
    {
        var logs = new LogRecorder();
        await using var server = await BreakoutServer.StartAsync(["--Logging:LogLevel:Breakout=Information"], services => services.AddSingleton<ILoggerProvider>(logs));
        var away = server.Directory + "-away";
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(server, "/health/ready")).Status);

        // The database's folder disappears (a volume unmounted): new connections cannot open the file.
        Directory.Move(server.Directory, away);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            var first = await GetAsync(server, "/health/ready");
            var second = await GetAsync(server, "/health");
            var live = await GetAsync(server, "/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, first.Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, second.Status);
            Assert.Equal("""{"status":"Unhealthy","checks":{"database":"The database cannot be read."}}""", first.Body);
            Assert.Equal("Unhealthy", JsonDocument.Parse(second.Body).RootElement.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, live.Status);
        }
        finally
        {
            Directory.Move(away, server.Directory);
        }

        var back = await GetAsync(server, "/health/ready");
        var again = await GetAsync(server, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        var health = logs.Entries.Where(e => e.Contains("HealthCheck", StringComparison.Ordinal)).ToList();
        Assert.Collection(
            health,
            down =>
            {
                Assert.StartsWith("Error Breakout.Host.StoreHealthCheck: Not ready: The database cannot be read (", down, StringComparison.Ordinal);
                Assert.DoesNotContain("\n", down, StringComparison.Ordinal);
            },
            up => Assert.StartsWith("Information Breakout.Host.StoreHealthCheck: Ready again: ", up, StringComparison.Ordinal));
    }

    private static async Task<(HttpStatusCode Status, string ContentType, string Body)> GetAsync(BreakoutServer server, string path)
    {
        using var response = await server.Client.GetAsync(new Uri(new Uri(server.Endpoint), path));
        return (response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "", await response.Content.ReadAsStringAsync());
    }
}
