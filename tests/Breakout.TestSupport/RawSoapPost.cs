using System.Net.Http.Headers;
using System.Text;

namespace Breakout.TestSupport;

/// <summary>An HTTP answer as bytes: status, content type, body, and whether it was a stored idempotent response.</summary>
public sealed record RawReply(int Status, string? ContentType, byte[] Body, bool Replayed)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public SoapReply Soap => new(Status, ContentType ?? "", Text);
}

/// <summary>Posts a SOAP 1.1 envelope with optional Breakout headers (<c>Idempotency-Key</c>, <c>Breakout-Dry-Run</c>) and keeps the answer's bytes.</summary>
public static class RawSoapPost
{
    public static async Task<RawReply> PostAsync(
        HttpClient client, string endpoint, string envelope, string operation, string? idempotencyKey, string? dryRun = null, CancellationToken cancellationToken = default)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(envelope));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", SoapEnvelopes.Action(operation));
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        }

        if (dryRun is not null)
        {
            request.Headers.TryAddWithoutValidation("Breakout-Dry-Run", dryRun);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        return new RawReply((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), await response.Content.ReadAsByteArrayAsync(cancellationToken),
            response.Headers.TryGetValues("Idempotent-Replayed", out var values) && values.Single() == "true");
    }
}
