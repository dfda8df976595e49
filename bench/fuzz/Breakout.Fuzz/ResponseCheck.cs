using System.Xml;
using System.Xml.Linq;
using Breakout.Soap;

namespace Breakout.Fuzz;

/// <summary>What every answer must be: a well-formed SOAP envelope whose status, content type and body agree.</summary>
internal static class ResponseCheck
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Throws (a crash, for AFL) unless <paramref name="response"/> is a proper SOAP response or fault.</summary>
    public static void Verify(SoapHttpResponse response, IReadOnlyList<Exception> logged)
    {
        if (logged.Count > 0)
        {
            throw new InvalidOperationException("The endpoint failed unexpectedly (CV10000).", new AggregateException(logged));
        }

        XDocument document;
        using (var reader = XmlReader.Create(new MemoryStream(response.Body.ToArray()), Settings))
        {
            document = XDocument.Load(reader);
        }

        var root = document.Root!;
        var (ns, contentType) = root.Name.NamespaceName switch
        {
            SoapNamespaces.Soap11 => (root.Name.Namespace, "text/xml"),
            SoapNamespaces.Soap12 => (root.Name.Namespace, "application/soap+xml"),
            _ => throw new InvalidOperationException($"The answer is not a SOAP envelope: <{root.Name}>."),
        };
        Require(root.Name.LocalName == "Envelope", "The answer's root is not an Envelope.");
        Require(response.ContentType.StartsWith(contentType, StringComparison.Ordinal), $"Content-Type {response.ContentType} does not match {ns}.");
        var content = root.Element(ns + "Body")?.Elements().SingleOrDefault()
            ?? throw new InvalidOperationException("The answer has no Body with exactly one child.");
        if (content.Name == ns + "Fault")
        {
            Require(response.StatusCode is >= 400 and < 600, $"A fault with status {response.StatusCode}.");
            var code = content.Descendants().FirstOrDefault(e => e.Name.LocalName == "Exception-Code")?.Value;
            Require(code is not null && code != "CV10000", $"Fault code {code ?? "(none)"}.");
        }
        else
        {
            Require(response.StatusCode == 200, $"A response with status {response.StatusCode}.");
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
