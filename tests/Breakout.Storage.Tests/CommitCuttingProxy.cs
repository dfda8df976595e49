using System.Net;
using System.Net.Sockets;

namespace Breakout.Storage.Tests;

/// <summary>
/// A TCP proxy in front of a PostgreSQL server that, once armed, cuts the next writer connection (one that has asked
/// set its <c>commit_marks</c> row) that sends <c>COMMIT</c> (the simple-query message Npgsql sends to commit): either before the server gets it, or after the server has
/// committed and answered, dropping the answer, so the client sees its connection fail in the middle of COMMIT
/// (Npgsql's "Exception while reading from stream"). It can also refuse new connections, as an unreachable server.
/// The client must not use TLS (<c>SSL Mode=Disable</c>), so that the proxy sees the messages.
/// </summary>
public sealed class CommitCuttingProxy : IAsyncDisposable
{
    /// <summary>Query message: 'Q', length 11 (itself and "COMMIT\0"), "COMMIT\0".</summary>
    private static readonly byte[] CommitMessage = [(byte)'Q', 0, 0, 0, 11, .. "COMMIT"u8, 0];

    /// <summary>What a store's writer asks right before each COMMIT: only its connections are cut, never a read's.</summary>
    private static readonly byte[] WriterMark = "commit_marks"u8.ToArray();

    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly string serverHost;
    private readonly int serverPort;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int armed;
    private volatile byte[]? transactionMark;
    private volatile bool refuse;

    public CommitCuttingProxy(string serverHost, int serverPort)
    {
        this.serverHost = serverHost;
        this.serverPort = serverPort;
        listener.Start();
        accepting = AcceptAsync();
    }

    public enum Cut
    {
        None,

        /// <summary>COMMIT never reaches the server: the transaction is rolled back when its connection ends.</summary>
        BeforeCommit,

        /// <summary>The server commits and answers; the answer is dropped and the connection cut.</summary>
        AfterCommit,
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Whether the armed cut has happened.</summary>
    public bool HasCut { get; private set; }

    /// <summary>Refuse every new connection (accept and close at once) while true.</summary>
    public bool RefuseConnections
    {
        get => refuse;
        set => refuse = value;
    }

    /// <summary>Refuse new connections from the moment of the cut (the database unreachable after it).</summary>
    public bool RefuseAfterCut { get; set; }

    /// <summary>
    /// Cuts the next connection that commits, once; with <paramref name="mark"/>, only a COMMIT of a transaction that
    /// sent those bytes (e.g. a parameter value such as the operation name a SOAP call records), so that a background
    /// write of the host (the API call counter's flush) is not the one cut.
    /// </summary>
    public void Arm(Cut cut, string? mark = null)
    {
        HasCut = false;
        transactionMark = mark is null ? null : System.Text.Encoding.UTF8.GetBytes(mark);
        Volatile.Write(ref armed, (int)cut);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            if (refuse)
            {
                client.Dispose();
                continue;
            }

            _ = Task.Run(() => RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(serverHost, serverPort, stop.Token);
                var clientStream = client.GetStream();
                var serverStream = server.GetStream();
                var dropReplies = new TaskCompletionSource();
                var writer = false;
                var upstream = Task.Run(async () =>
                {
                    var buffer = new byte[64 * 1024];
                    var tail = Array.Empty<byte>();
                    // The bytes this connection sent since its last COMMIT (only kept while a mark is asked for).
                    var transaction = new MemoryStream();
                    int read;
                    while ((read = await clientStream.ReadAsync(buffer, stop.Token)) > 0)
                    {
                        var seen = tail.Concat(buffer[..read]).ToArray();
                        // Fewer bytes than a whole message carried over: a match always ends in the bytes just read.
                        tail = seen[Math.Max(0, seen.Length - CommitMessage.Length + 1)..];
                        // Sticky: once prepared, the statement is sent by name only, without its text.
                        writer |= seen.AsSpan().IndexOf(WriterMark) >= 0;
                        var mark = transactionMark;
                        if (mark is not null)
                        {
                            transaction.Write(buffer, 0, read);
                        }

                        var commits = seen.AsSpan().IndexOf(CommitMessage) >= 0;
                        var marked = mark is null || transaction.GetBuffer().AsSpan(0, (int)transaction.Length).IndexOf(mark) >= 0;
                        if (commits)
                        {
                            transaction.SetLength(0);
                        }

                        if (writer && commits && marked && (Cut)Interlocked.Exchange(ref armed, (int)Cut.None) is var cut && cut != Cut.None)
                        {
                            if (cut == Cut.BeforeCommit)
                            {
                                CutNow(client, server);
                                return;
                            }

                            dropReplies.TrySetResult();
                        }

                        await serverStream.WriteAsync(buffer.AsMemory(0, read), stop.Token);
                    }

                    server.Client.Shutdown(SocketShutdown.Send);
                });
                var downstream = Task.Run(async () =>
                {
                    var buffer = new byte[64 * 1024];
                    int read;
                    while ((read = await serverStream.ReadAsync(buffer, stop.Token)) > 0)
                    {
                        if (dropReplies.Task.IsCompleted)
                        {
                            // The server has committed and answered: the answer never reaches the client.
                            CutNow(client, server);
                            return;
                        }

                        await clientStream.WriteAsync(buffer.AsMemory(0, read), stop.Token);
                    }

                    client.Client.Shutdown(SocketShutdown.Send);
                });
                await Task.WhenAll(upstream, downstream);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // One side went away: the relay ends, closing both.
            }
        }
    }

    private void CutNow(TcpClient client, TcpClient server)
    {
        if (RefuseAfterCut)
        {
            refuse = true;
        }

        HasCut = true;
        client.Client.Close();
        server.Client.Close();
    }
}
