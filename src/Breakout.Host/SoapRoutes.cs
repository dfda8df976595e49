using System.Buffers;
using Breakout.Domain;
using Breakout.Soap;
using Breakout.Soap.Idempotency;

namespace Breakout.Host;

/// <summary>Maps <c>/soap/V200611.asmx</c> (any case, any query string) onto the SOAP endpoint (POST) and its WSDL and pages (GET).</summary>
internal static class SoapRoutes
{
    public const string Path = "/soap/V200611.asmx";

    public static void MapSoap(this WebApplication app)
    {
        app.MapPost(Path, HandlePostAsync).RequireRateLimiting(SoapRateLimiting.Policy);
        app.MapGet(Path, AsmxGetHandler.HandleAsync);
    }

    /// <summary>This server's endpoint URL: the configured public URL, or the URL the client reached.</summary>
    public static string EndpointUrl(HttpRequest request, string? publicUrl) =>
        !string.IsNullOrWhiteSpace(publicUrl)
            ? publicUrl.TrimEnd('/') + (publicUrl.EndsWith(".asmx", StringComparison.OrdinalIgnoreCase) ? "" : Path)
            : $"{request.Scheme}://{request.Host}{request.PathBase}{Path}";

    private static async Task HandlePostAsync(HttpContext context, SoapEndpoint endpoint, BreakoutSettings settings)
    {
        var request = context.Request;
        var endpointUrl = EndpointUrl(request, settings.PublicUrl);
        var limit = endpoint.Options.MaxRequestBytes;
        SoapHttpResponse result;
        byte[]? rented = null;
        var bodyLeftUnread = false;
        var watch = context.RequestServices.GetService<TestDouble.SoapCallWatch>(); // test double: journal and fault rules
        TestDouble.WatchedCall? watched = null;
        try
        {
            if (request.ContentLength > limit)
            {
                result = TooLarge(request, limit, endpointUrl);
                bodyLeftUnread = true;
            }
            else
            {
                // Read at most limit + 1 bytes: enough to know the body is too large without reading it all.
                var cap = limit + 1;
                rented = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, cap));
                var length = 0;
                while (length < cap)
                {
                    if (length == rented.Length)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(rented.Length * 2, cap));
                        rented.AsSpan(0, length).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(rented);
                        rented = bigger;
                    }

                    var read = await request.Body.ReadAsync(rented.AsMemory(length, Math.Min(rented.Length, cap) - length), context.RequestAborted);
                    if (read == 0)
                    {
                        break;
                    }

                    length += read;
                }

                bodyLeftUnread = length > limit;
                watched = bodyLeftUnread ? null : watch?.Begin(rented.AsMemory(0, length));
                result = bodyLeftUnread
                    ? TooLarge(request, limit, endpointUrl)
                    : await endpoint.HandleAsync(
                        new SoapHttpRequest(rented.AsMemory(0, length), request.ContentType, First(request.Headers["SOAPAction"]),
                            context.Connection.RemoteIpAddress, endpointUrl)
                        {
                            Call = watched?.Info,
                            DryRunHeader = First(request.Headers[SoapEndpoint.DryRunHeader]),
                            IdempotencyKeyHeader = request.Headers.TryGetValue(IdempotentExecution.Header, out var key) ? key.ToString() : null,
                        },
                        context.RequestAborted);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel gave up on the body (sent too slowly, bad chunking): still answer with a fault, not a bare status.
            result = SoapEndpoint.Fault(VersionOf(request), new SoapFaultException(
                ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? CventErrors.RequestTooLarge : CventErrors.BadHttpRequest,
                $"The request body could not be read: {ex.Message}", httpStatus: ex.StatusCode), endpointUrl);
            bodyLeftUnread = true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }

        if (bodyLeftUnread)
        {
            // The rest of the body is not read, so this connection cannot carry another request: say so, or a
            // client would send its next request on a connection the server is about to close.
            context.Response.Headers.Connection = "close";
        }

        if (watched?.Complete(context, result) == true)
        {
            return; // test double: a fault rule answered with a status or dropped the connection
        }

        await WriteAsync(context, result, context.RequestAborted);
    }

    /// <summary>Writes a complete SOAP answer, never cacheable.</summary>
    public static async Task WriteAsync(HttpContext context, SoapHttpResponse result, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-cache, no-store, must-revalidate";
        response.StatusCode = result.StatusCode;
        response.ContentType = result.ContentType;
        response.ContentLength = result.Body.Length;
        if (result.DryRun)
        {
            response.Headers[SoapEndpoint.DryRunHeader] = "true";
        }

        if (result.IdempotentReplay)
        {
            response.Headers[IdempotentExecution.ReplayedHeader] = "true";
        }

        await response.Body.WriteAsync(result.Body, cancellationToken);
    }

    /// <summary>A header's first value, or null (as <c>FirstOrDefault</c>, without boxing the values to enumerate them).</summary>
    private static string? First(Microsoft.Extensions.Primitives.StringValues values) => values.Count > 0 ? values[0] : null;

    /// <summary>The SOAP version to answer in when the body is not parsed: SOAP 1.2 for application/soap+xml, else 1.1.</summary>
    public static SoapVersion VersionOf(HttpRequest request) =>
        request.ContentType?.Contains("soap+xml", StringComparison.OrdinalIgnoreCase) == true ? SoapVersion.Soap12 : SoapVersion.Soap11;

    private static SoapHttpResponse TooLarge(HttpRequest request, int limit, string endpointUrl) =>
        SoapEndpoint.Fault(VersionOf(request), new SoapFaultException(CventErrors.RequestTooLarge,
            $"The request body is larger than the {limit} bytes this server accepts.", httpStatus: 413), endpointUrl);
}
