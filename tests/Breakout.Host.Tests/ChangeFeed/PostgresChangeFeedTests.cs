using Breakout.TestSupport;

namespace Breakout.Host.Tests.ChangeFeed;

/// <summary>The same on PostgreSQL: each test's server on a fresh database (skipped without a server, except on CI).</summary>
public sealed class PostgresChangeFeedTests : ChangeFeedTests, IAsyncDisposable
{
    private readonly List<PostgresTestDatabase> databases = [];

    protected override async Task<BreakoutServer?> StartServerAsync()
    {
        var (database, skipReason) = await PostgresTestDatabase.TryCreateAsync();
        if (database is null)
        {
            Assert.Skip(skipReason!);
        }

        databases.Add(database);
        return await BreakoutServer.StartAsync([.. FeedApi.Enabled, "--postgres", database.ConnectionString]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }
}
