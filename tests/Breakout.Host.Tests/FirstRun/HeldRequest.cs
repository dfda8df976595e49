using System.Net.Sockets;
using System.Text;

namespace Breakout.Host.Tests.FirstRun;

/// <summary>
/// A POST whose headers are sent with <c>Expect: 100-continue</c> and whose body is held back. Kestrel answers
/// <c>100 Continue</c> only once the endpoint has started reading the body, so after <see cref="StartAsync"/> the
/// request has been read and is being handled: it is in flight, for as long as the test keeps the body.
/// </summary>
internal sealed class HeldRequest : IDisposable
{
    private readonly TcpClient client;
    private readonly NetworkStream stream;
    private readonly byte[] body;

    private HeldRequest(TcpClient client, byte[] body)
    {
        this.client = client;
        stream = client.GetStream();
        this.body = body;
    }

    public static async Task<HeldRequest> StartAsync(Uri endpoint, string soapAction, string envelope)
    {
        var client = new TcpClient();
        await client.ConnectAsync(endpoint.Host, endpoint.Port);
        var request = new HeldRequest(client, Encoding.UTF8.GetBytes(envelope));
        var head = $"POST {endpoint.PathAndQuery} HTTP/1.1\r\nHost: {endpoint.Authority}\r\nContent-Type: text/xml; charset=utf-8\r\n" +
            $"SOAPAction: {soapAction}\r\nContent-Length: {request.body.Length}\r\nExpect: 100-continue\r\n\r\n";
        await request.stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var interim = await request.ReadHeadAsync();
        if (!interim.StartsWith("HTTP/1.1 100 ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Expected 100 Continue, got: {interim}");
        }

        return request;
    }

    /// <summary>Sends the body and reads the whole response; null when the server closed the connection without one.</summary>
    public async Task<(string Head, string Body)?> FinishAsync()
    {
        try
        {
            await stream.WriteAsync(body);
            var head = await ReadHeadAsync();
            if (head.Length == 0)
            {
                return null;
            }

            var length = int.Parse(head.Split("\r\n").Single(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))["Content-Length:".Length..].Trim(),
                System.Globalization.CultureInfo.InvariantCulture);
            var content = new byte[length];
            await stream.ReadExactlyAsync(content);
            return (head, Encoding.UTF8.GetString(content));
        }
        catch (Exception ex) when (ex is IOException or SocketException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Reads up to the blank line that ends a response head ("" if the connection closes first).</summary>
    private async Task<string> ReadHeadAsync()
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return "";
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }

    public void Dispose() => client.Dispose();
}
