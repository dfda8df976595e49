using System.Net;
using System.Text;
using Breakout.Soap.Operations;
using Breakout.Soap.Wsdl;

namespace Breakout.Soap.Pages;

/// <summary>
/// The HTML pages of <c>/soap/V200611.asmx</c> in the shape of ASMX's: the operation list, one help page per
/// operation (samples generated from the same contracts as the WSDL) and, for the local machine only, a test
/// console. Every value that reaches the HTML is encoded.
/// </summary>
public static class AsmxPages
{
    /// <summary>The text shown instead of the test form to a remote client, as ASMX words it.</summary>
    public const string RemoteTestMessage = "The test form is only available for requests from the local machine.";

    private const string Service = "V200611";

    /// <summary>The marker after an operation Breakout declares but does not implement.</summary>
    public const string NotImplementedMarker = "not implemented";

    /// <summary>
    /// The service page: every operation, alphabetically, each linking to its help page, those not in
    /// <paramref name="implemented"/> marked <see cref="NotImplementedMarker"/>; and the service description.
    /// </summary>
    public static string ServicePage(string path, IReadOnlySet<string> implemented)
    {
        var html = Start();
        html.Append("<p class=\"intro\">The following operations are supported. For a formal definition, please review the <a href=\"")
            .Append(E(path)).Append("?WSDL\">Service Description</a>.</p>\n");
        html.Append("<p>Every operation is declared as Cvent declares it. Those marked <span class=\"unsupported\">")
            .Append(NotImplementedMarker).Append("</span> answer the fault <code>BO10001 OPERATION_NOT_SUPPORTED</code>.</p>\n<ul>\n");
        foreach (var name in OperationCatalogue.AllOperationNames.Order(StringComparer.Ordinal))
        {
            html.Append("<li><a href=\"").Append(E(path)).Append("?op=").Append(E(Uri.EscapeDataString(name))).Append("\">")
                .Append(E(name)).Append("</a>");
            if (!implemented.Contains(name))
            {
                html.Append(" <span class=\"unsupported\">(").Append(NotImplementedMarker).Append(")</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
        return End(html);
    }

    /// <summary>
    /// The help page of <paramref name="operation"/>, or null when V200611 has no such operation. The test form is
    /// offered only when <paramref name="remoteAddress"/> (the connection's own peer, never a forwarded header) is loopback.
    /// </summary>
    public static string? OperationPage(string operation, string path, string host, IPAddress? remoteAddress)
    {
        if (!OperationCatalogue.IsOperation(operation))
        {
            return null;
        }

        var contract = OperationCatalogue.ContractOf(operation);
        var samples = new SampleWriter(OperationContracts.Schema);
        var html = Start();
        html.Append("<p class=\"intro\">Click <a href=\"").Append(E(path)).Append("\">here</a> for a complete list of operations.</p>\n");
        html.Append("<h2>").Append(E(operation)).Append("</h2>\n");
        html.Append("<h3>Test</h3>\n");
        if (IsLocal(remoteAddress))
        {
            AppendTestForm(html, contract, samples, path);
        }
        else
        {
            html.Append("<p>").Append(E(RemoteTestMessage)).Append("</p>\n");
        }

        foreach (var (version, label, id) in (ReadOnlySpan<(SoapVersion, string, string)>)[(SoapVersion.Soap11, "SOAP 1.1", "soap11"), (SoapVersion.Soap12, "SOAP 1.2", "soap12")])
        {
            html.Append("<h3>").Append(label).Append("</h3>\n");
            html.Append("<p>The following is a sample ").Append(label)
                .Append(" request and response. The <span class=\"value\">placeholders</span> shown need to be replaced with actual values.</p>\n");
            html.Append("<pre id=\"").Append(id).Append("-request\">").Append(E(samples.Request(contract, version, path, host))).Append("</pre>\n");
            html.Append("<pre id=\"").Append(id).Append("-response\">").Append(E(samples.Response(contract, version))).Append("</pre>\n");
        }

        return End(html);
    }

    /// <summary>The page for <c>?op=</c> naming no V200611 operation (served with status 404).</summary>
    public static string NotFoundPage(string path, string operation)
    {
        var html = Start();
        html.Append("<p class=\"intro\">Click <a href=\"").Append(E(path)).Append("\">here</a> for a complete list of operations.</p>\n");
        html.Append("<h2>Operation not found</h2>\n<p>V200611 has no operation named <code>").Append(E(operation)).Append("</code>.</p>\n");
        return End(html);
    }

    /// <summary>Whether the peer is this machine; an IPv4 loopback address mapped into IPv6 counts too.</summary>
    public static bool IsLocal(IPAddress? remoteAddress) =>
        remoteAddress is not null && IPAddress.IsLoopback(remoteAddress.IsIPv4MappedToIPv6 ? remoteAddress.MapToIPv4() : remoteAddress);

    private static void AppendTestForm(StringBuilder html, OperationContract contract, SampleWriter samples, string path)
    {
        html.Append("<form id=\"console\" data-endpoint=\"").Append(E(path)).Append("\" data-action=\"")
            .Append(E(SoapNamespaces.ActionOf(contract.Name))).Append("\">\n");
        html.Append("<p>To test the operation, edit the request and click Invoke. The response is shown below the form.</p>\n");
        if (contract.UsesSessionHeader)
        {
            html.Append("<p><label for=\"session\">CventSessionValue (from Login's CventSessionHeader)</label><br>")
                .Append("<input id=\"session\" name=\"session\" size=\"80\" autocomplete=\"off\"></p>\n");
        }

        html.Append("<p>Protocol: <label><input type=\"radio\" name=\"version\" value=\"soap11\" checked> SOAP 1.1</label> ")
            .Append("<label><input type=\"radio\" name=\"version\" value=\"soap12\"> SOAP 1.2</label></p>\n");
        html.Append("<p><textarea id=\"envelope\" name=\"envelope\" rows=\"22\" cols=\"120\" spellcheck=\"false\">")
            .Append(E(samples.RequestEnvelope(contract, SoapVersion.Soap11))).Append("</textarea></p>\n");
        html.Append("<textarea id=\"sample-soap11\" hidden>").Append(E(samples.RequestEnvelope(contract, SoapVersion.Soap11))).Append("</textarea>\n");
        html.Append("<textarea id=\"sample-soap12\" hidden>").Append(E(samples.RequestEnvelope(contract, SoapVersion.Soap12))).Append("</textarea>\n");
        html.Append("<p><button type=\"submit\">Invoke</button></p>\n</form>\n<pre id=\"result\"></pre>\n");
        html.Append(ConsoleScript);
    }

    // Constant script: all page-specific values come from encoded data attributes and textareas.
    private const string ConsoleScript = """
        <script>
        (function () {
          var form = document.getElementById('console');
          var envelope = document.getElementById('envelope');
          var session = document.getElementById('session');
          var result = document.getElementById('result');
          function version() { return form.querySelector('input[name=version]:checked').value; }
          function escapeXml(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }
          form.querySelectorAll('input[name=version]').forEach(function (radio) {
            radio.addEventListener('change', function () { envelope.value = document.getElementById('sample-' + version()).value; });
          });
          form.addEventListener('submit', async function (e) {
            e.preventDefault();
            var xml = envelope.value;
            if (session && session.value) {
              xml = xml.replace(/<CventSessionValue>[\s\S]*?<\/CventSessionValue>/, '<CventSessionValue>' + escapeXml(session.value) + '</CventSessionValue>');
            }
            var action = form.dataset.action;
            var headers = version() === 'soap12'
              ? { 'Content-Type': 'application/soap+xml; charset=utf-8; action="' + action + '"' }
              : { 'Content-Type': 'text/xml; charset=utf-8', 'SOAPAction': '"' + action + '"' };
            result.textContent = 'Sending...';
            try {
              var response = await fetch(form.dataset.endpoint, { method: 'POST', headers: headers, body: xml });
              result.textContent = 'HTTP ' + response.status + ' ' + response.statusText + '\n\n' + await response.text();
            } catch (error) {
              result.textContent = 'The request failed: ' + error;
            }
          });
        })();
        </script>

        """;

    private static StringBuilder Start() =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Service).Append(" Web Service</title>\n")
            .Append("<style>body{font-family:Verdana,sans-serif;margin:0}#content{margin:1em 2em}.heading1{background:#036;color:#fff;")
            .Append("font-size:1.6em;padding:.4em 1em;margin:0}pre{background:#e5e5cc;padding:.5em;white-space:pre-wrap}")
            .Append(".value{color:#00f}.unsupported{color:#666;font-style:italic}textarea{font-family:monospace}</style>\n</head>\n<body>\n")
            .Append("<p class=\"heading1\">").Append(Service).Append("</p>\n<div id=\"content\">\n");

    private static string End(StringBuilder html) => html.Append("</div>\n</body>\n</html>\n").ToString();

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
