using Npgsql;

namespace Breakout.Storage.Postgres;

/// <summary>
/// Listens on the channel <c>breakout_tokens</c> (notified by migration 0010's triggers when an API user's password,
/// allow-list or active flag changes, or tokens are deleted, on any node or from the CLI) and calls
/// <see cref="forget"/>, so a node stops answering a changed grant from its token memory as soon as the change commits,
/// not up to the memory's lifetime later. It holds one connection of its own (not from the pool). While it is not
/// connected it forgets on every reconnect, and the memory's lifetime still bounds how stale an answer can be.
/// </summary>
internal sealed class TokenChangeListener : IAsyncDisposable
{
    public const string Channel = "breakout_tokens";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlDataSource owner;
    private readonly Action forget;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task listening;

    public TokenChangeListener(string connectionString, Action forget)
    {
        // Its own data source without pooling: the connection waits for notifications for the node's whole life.
        // Keepalives let a connection that died silently (a failover, a restarted server) be noticed and replaced.
        // With several hosts it listens on the primary, where the changes commit (PostgresDataSource finds it).
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.Pooling = false;
        builder.ConnectionStringBuilder.KeepAlive = 15;
        (dataSource, owner) = PostgresDataSource.Build(builder);
        this.forget = forget;
        listening = Task.Run(() => ListenAsync(stopping.Token));
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
                connection.Notification += (_, _) => forget();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                // Changes made while this node was not listening were not notified to it.
                forget();
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.IO.IOException or InvalidOperationException or TimeoutException)
            {
                forget();
                try
                {
                    await Task.Delay(RetryDelay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await listening;
        stopping.Dispose();
        await dataSource.DisposeAsync();
        if (!ReferenceEquals(owner, dataSource))
        {
            await owner.DisposeAsync();
        }
    }
}
