using Breakout.TestSupport;

namespace Breakout.Security.Tests;

/// <summary>
/// A request exactly as a hostile client might send it: raw body bytes, any Content-Type (or none), any
/// SOAPAction (or none), with a Content-Length or chunked. <see cref="ExpectContinue"/> lets a client with a large
/// body hear "too large" before sending it (without it, a server that refuses unread closes while the client writes).
/// </summary>
internal sealed record RawRequest(byte[] Body, string? ContentType = "text/xml; charset=utf-8", string? SoapAction = null, bool Chunked = false, bool ExpectContinue = false)
{
    public async Task<SoapReply> SendAsync(BreakoutServer server, CancellationToken cancellationToken = default)
    {
        using HttpContent content = Chunked ? new ChunkedContent(Body) : new ByteArrayContent(Body);
        content.Headers.ContentType = null;
        if (ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, server.Endpoint) { Content = content };
        request.Headers.ExpectContinue = ExpectContinue;
        if (SoapAction is not null)
        {
            request.Headers.TryAddWithoutValidation("SOAPAction", SoapAction);
        }

        using var response = await server.Client.SendAsync(request, cancellationToken);
        return new SoapReply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "",
            await response.Content.ReadAsStringAsync(cancellationToken));
    }
}
