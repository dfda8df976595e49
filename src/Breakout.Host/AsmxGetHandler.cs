using System.Text;
using Breakout.Soap.Operations;
using Breakout.Soap.Pages;
using Breakout.Soap.Wsdl;

namespace Breakout.Host;

/// <summary>
/// GET on the endpoint, as ASMX answers it: <c>?WSDL</c> (any case) is the service description, <c>?op=Name</c>
/// an operation's help page, no query the operation list.
/// </summary>
internal static class AsmxGetHandler
{
    private const string Html = "text/html; charset=utf-8";

    public static async Task HandleAsync(HttpContext context, BreakoutSettings settings)
    {
        var request = context.Request;
        var response = context.Response;
        var endpointUrl = SoapRoutes.EndpointUrl(request, settings.PublicUrl);
        var endpoint = new Uri(endpointUrl);
        string body;
        if (request.Query.Keys.Any(k => k.Equals("wsdl", StringComparison.OrdinalIgnoreCase)))
        {
            // The address is computed per request (the client's Host, or the configured public URL), so no caching.
            var wsdl = WsdlWriter.Write(endpointUrl);
            await WriteAsync(response, 200, "text/xml; charset=utf-8", wsdl, context.RequestAborted);
            return;
        }

        // Links stay on the path the client used, so a client that reached /SOAP/V200611.ASMX keeps that spelling.
        var path = request.PathBase + request.Path;
        if (request.Query.TryGetValue("op", out var op))
        {
            var name = op.ToString();
            var page = AsmxPages.OperationPage(name, path, endpoint.Authority, ProxyHeaders.TestFormAddress(context));
            var status = page is null ? 404 : 200;
            body = page ?? AsmxPages.NotFoundPage(path, name);
            await WriteAsync(response, status, Html, Encoding.UTF8.GetBytes(body), context.RequestAborted);
            return;
        }

        var implemented = context.RequestServices.GetRequiredService<OperationCatalogue>().Implemented.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        body = AsmxPages.ServicePage(path, implemented);
        await WriteAsync(response, 200, Html, Encoding.UTF8.GetBytes(body), context.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, byte[] body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }
}
