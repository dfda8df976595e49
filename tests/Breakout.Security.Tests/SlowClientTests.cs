using System.Net.Sockets;
using System.Text;
using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>
/// Slow-drip clients: a body that stops arriving and headers that never finish. Other clients must be served
/// meanwhile, and the server must let go of the slow connections on its own (Kestrel's timeouts).
/// </summary>
public sealed class SlowClientTests
{
    [Fact]
    public async Task SlowDripClients_DoNotBlockOthers_AndAreCutOffByTheServer()
    {
        await using var server = await BreakoutServer.StartAsync(
            ["--Breakout:RequestHeadersTimeoutSeconds=2", "--Breakout:MinRequestBodyGraceSeconds=2", "--Breakout:MinRequestBodyBytesPerSecond=100"]);
        var endpoint = new Uri(server.Endpoint);
        // A safety net so a regression fails the test instead of hanging the run; nothing asserts on durations.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(60));

        using var slowBody = new TcpClient();
        await slowBody.ConnectAsync(endpoint.Host, endpoint.Port, guard.Token);
        var slowBodyStream = slowBody.GetStream();
        await slowBodyStream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {endpoint.AbsolutePath} HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Type: text/xml\r\nContent-Length: 100000\r\n\r\n<soap:Env"), guard.Token);

        using var slowHeaders = new TcpClient();
        await slowHeaders.ConnectAsync(endpoint.Host, endpoint.Port, guard.Token);
        var slowHeadersStream = slowHeaders.GetStream();
        await slowHeadersStream.WriteAsync(Encoding.ASCII.GetBytes($"POST {endpoint.AbsolutePath} HTTP/1.1\r\nHost: {endpoint.Authority}\r\nX-Slow: "), guard.Token);

        Assert.False(string.IsNullOrEmpty(await server.LoginAsync()));

        var bodyAnswer = await ReadToCloseAsync(slowBodyStream, guard.Token);
        Assert.StartsWith("HTTP/1.1 408", bodyAnswer, StringComparison.Ordinal);
        Assert.Contains("q0:BO10005", bodyAnswer, StringComparison.Ordinal);
        var headersAnswer = await ReadToCloseAsync(slowHeadersStream, guard.Token);
        Assert.True(headersAnswer.Length == 0 || headersAnswer.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), headersAnswer);

        Assert.False(string.IsNullOrEmpty(await server.LoginAsync()));
    }

    /// <summary>Reads what the server sends until it closes the connection.</summary>
    private static async Task<string> ReadToCloseAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        using var received = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset after the answer is still the server closing the connection.
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }
}
