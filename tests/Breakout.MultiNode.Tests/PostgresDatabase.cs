using Npgsql;

namespace Breakout.MultiNode.Tests;

/// <summary>
/// A fresh PostgreSQL database for one test class, on the server named by <c>BREAKOUT_TEST_POSTGRES</c>.
/// Without a reachable server the tests skip, except under <c>CI=true</c>, where they fail.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=breakout;Password=breakout;Database=breakout_test";

    private readonly string name = "breakout_mn_" + Guid.NewGuid().ToString("N")[..12];
    private string? unavailable;

    public string ConnectionString { get; private set; } = "";

    private static string ServerConnectionString => Environment.GetEnvironmentVariable("BREAKOUT_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultServer;

    /// <summary>Skips the calling test when no server is reachable (fails instead under CI=true).</summary>
    public void RequireServer()
    {
        if (unavailable is null)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"PostgreSQL is required in CI but unreachable: {unavailable}");
        }

        Assert.Skip($"PostgreSQL not reachable ({unavailable}); set BREAKOUT_TEST_POSTGRES or run .ci/run.");
    }

    public async ValueTask InitializeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
            ConnectionString = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            unavailable = ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (unavailable is not null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
