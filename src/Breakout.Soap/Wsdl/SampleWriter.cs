using System.Text;
using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The sample requests and responses of an operation's help page, with type placeholders, written the way ASMX
/// help pages show them (two of each repeated element, <c>A or B</c> for enumerations, <c>xsi:nil</c> below the
/// fourth level) so that they read like Cvent's own pages.
/// </summary>
internal sealed class SampleWriter(SchemaIndex index)
{
    // ASMX stops expanding complex elements this many levels below the body wrapper.
    private const int MaxDepth = 4;

    private const string EnvelopeAttributes = "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"";

    /// <summary>The HTTP request (head and envelope) for <paramref name="version"/>, posted to <paramref name="path"/> on <paramref name="host"/>.</summary>
    public string Request(OperationContract contract, SoapVersion version, string path, string host)
    {
        var text = new StringBuilder();
        text.Append("POST ").Append(path).Append(" HTTP/1.1\n");
        text.Append("Host: ").Append(host).Append('\n');
        text.Append("Content-Type: ").Append(ContentType(version)).Append('\n');
        text.Append("Content-Length: length\n");
        if (version == SoapVersion.Soap11)
        {
            text.Append("SOAPAction: \"").Append(SoapNamespaces.ActionOf(contract.Name)).Append("\"\n");
        }

        text.Append('\n').Append(RequestEnvelope(contract, version));
        return text.ToString();
    }

    /// <summary>The HTTP response (status line, head and envelope) for <paramref name="version"/>.</summary>
    public string Response(OperationContract contract, SoapVersion version)
    {
        var text = new StringBuilder();
        text.Append("HTTP/1.1 200 OK\n");
        text.Append("Content-Type: ").Append(ContentType(version)).Append('\n');
        text.Append("Content-Length: length\n\n");
        text.Append(Envelope(contract, contract.Response, version));
        return text.ToString();
    }

    /// <summary>The request envelope alone: what the test console prefills.</summary>
    public string RequestEnvelope(OperationContract contract, SoapVersion version) => Envelope(contract, contract.Request, version);

    private static string ContentType(SoapVersion version) =>
        version == SoapVersion.Soap11 ? "text/xml; charset=utf-8" : "application/soap+xml; charset=utf-8";

    private string Envelope(OperationContract contract, XsdElement body, SoapVersion version)
    {
        var (prefix, ns) = version == SoapVersion.Soap11 ? ("soap", SoapNamespaces.Soap11) : ("soap12", SoapNamespaces.Soap12);
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        text.Append('<').Append(prefix).Append(":Envelope ").Append(EnvelopeAttributes)
            .Append(" xmlns:").Append(prefix).Append("=\"").Append(ns).Append("\">\n");
        if (contract.UsesSessionHeader)
        {
            text.Append("  <").Append(prefix).Append(":Header>\n");
            WriteGlobal(text, OperationContracts.SessionHeaderElement, 4);
            text.Append("  </").Append(prefix).Append(":Header>\n");
        }

        text.Append("  <").Append(prefix).Append(":Body>\n");
        WriteGlobal(text, body, 4);
        text.Append("  </").Append(prefix).Append(":Body>\n");
        text.Append("</").Append(prefix).Append(":Envelope>");
        return text.ToString();
    }

    private void WriteGlobal(StringBuilder text, XsdElement element, int indent) =>
        WriteElement(text, element.Name, element.Type, element.Anonymous, indent, depth: 0, defaultNs: null);

    private void WriteElement(StringBuilder text, XName name, XName? typeName, XsdComplexType? anonymous, int indent, int depth, XNamespace? defaultNs)
    {
        var pad = new string(' ', indent);
        var xmlns = name.Namespace == defaultNs ? "" : $" xmlns=\"{name.NamespaceName}\"";
        XsdType? type = anonymous;
        if (type is null && typeName is not null && typeName.Namespace != OperationContracts.S)
        {
            type = index.Type(typeName);
        }

        switch (type)
        {
            case null:
                text.Append(pad).Append('<').Append(name.LocalName).Append(xmlns).Append('>')
                    .Append(typeName?.LocalName ?? "string").Append("</").Append(name.LocalName).Append(">\n");
                return;
            case XsdEnumType enumeration:
                text.Append(pad).Append('<').Append(name.LocalName).Append(xmlns).Append('>')
                    .Append(string.Join(" or ", enumeration.Values)).Append("</").Append(name.LocalName).Append(">\n");
                return;
        }

        var complex = (XsdComplexType)type;
        if (depth >= MaxDepth)
        {
            text.Append(pad).Append('<').Append(name.LocalName).Append(" xsi:nil=\"true\"").Append(xmlns).Append(" />\n");
            return;
        }

        text.Append(pad).Append('<').Append(name.LocalName);
        foreach (var attribute in complex.Attributes)
        {
            text.Append(' ').Append(attribute.Name).Append("=\"").Append(Placeholder(attribute.Type)).Append('"');
        }

        text.Append(xmlns);
        var children = new StringBuilder();
        // Local elements belong to the namespace of the schema that declares them (elementFormDefault="qualified").
        var localNs = complex.Name?.Namespace ?? name.Namespace;
        foreach (var particle in complex.Sequence)
        {
            var repeat = particle.MaxOccurs == 1 ? 1 : 2;
            for (var i = 0; i < repeat; i++)
            {
                if (particle.Ref is { } reference)
                {
                    var global = index.Element(reference);
                    WriteElement(children, global.Name, global.Type, global.Anonymous, indent + 2, depth + 1, name.Namespace);
                }
                else
                {
                    WriteElement(children, localNs + particle.Name!, particle.Type, null, indent + 2, depth + 1, name.Namespace);
                }
            }
        }

        if (children.Length == 0)
        {
            text.Append(" />\n");
        }
        else
        {
            text.Append(">\n").Append(children).Append(pad).Append("</").Append(name.LocalName).Append(">\n");
        }
    }

    private string Placeholder(XName type) =>
        type.Namespace == OperationContracts.S ? type.LocalName
        : index.Type(type) is XsdEnumType enumeration ? string.Join(" or ", enumeration.Values)
        : type.LocalName;
}
