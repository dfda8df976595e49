using System.Net.Sockets;
using Npgsql;

namespace Breakout.TestSupport;

/// <summary>
/// A database with a random name on the test server (<c>BREAKOUT_TEST_POSTGRES</c>), created for one test class
/// and dropped after it. When the server cannot be reached the tests skip with the reason, except on CI
/// (<c>CI=true</c>), where they fail: a green build must have run them.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=breakout;Password=breakout;Database=breakout_test";

    private PostgresTestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>The server's connection string; the database in it is where test databases are created from.</summary>
    public static string Server =>
        Environment.GetEnvironmentVariable("BREAKOUT_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static async Task<(PostgresTestDatabase? Database, string? SkipReason)> TryCreateAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(Server) { Pooling = false, Timeout = 5 };
        var name = "breakout_test_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await ExecuteWithRetryAsync(server.ConnectionString, $"CREATE DATABASE {name}");
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            var reason = $"PostgreSQL at {server.Host}:{server.Port} (database {server.Database}, user {server.Username}) is not usable: {ex.Message}. " +
                "Set BREAKOUT_TEST_POSTGRES, or start a server with `BREAKOUT_PG_KEEP=1 bash .ci/setup-postgres.sh`.";
            if (IsCi)
            {
                throw new InvalidOperationException("CI=true, so the PostgreSQL tests fail instead of skipping. " + reason, ex);
            }

            return (null, reason);
        }

        // Small pools: the test classes run in parallel and must fit a server's default max_connections (100).
        var database = new NpgsqlConnectionStringBuilder(Server) { Database = name, MaxPoolSize = 25 };
        return (new PostgresTestDatabase(name, database.ConnectionString), null);
    }

    /// <summary>Runs one statement on this database on a connection of its own (not pooled).</summary>
    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // FORCE ends connections that a store still holds in its pool.
        await ExecuteWithRetryAsync(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    /// <summary>
    /// CREATE and DROP DATABASE fail with 55006 (object in use) while another test class copies the template at the same
    /// moment; that is contention between test classes, not a fault, so the statement is tried again a few times. DROP
    /// DATABASE ... WITH (FORCE) also fails, with 42501, while an autovacuum worker is in the database: PostgreSQL 15
    /// checks the right to end each backend against its role, and an autovacuum worker has none. The worker is done
    /// within moments, so that is tried again too.
    /// </summary>
    private static async Task ExecuteWithRetryAsync(string connectionString, string sql)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(connectionString, sql);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
