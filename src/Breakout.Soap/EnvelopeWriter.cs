using System.Text;
using System.Xml;

namespace Breakout.Soap;

/// <summary>
/// Writes responses exactly as the ASMX help page of V200611 shows them, with the prefix the runtime writes: XML
/// declaration, the <c>xsi</c>, <c>xsd</c> and <c>soap</c> declarations on the Envelope (<c>soap</c> for SOAP 1.2
/// too), two-space indentation, the session header echoed, and each wrapper with its own default namespace.
/// </summary>
internal static class EnvelopeWriter
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
    };

    /// <summary>
    /// The body alone, as a fragment: <see cref="Write"/> places it inside the pre-encoded envelope. Its indentation
    /// breaks lines with a carriage return, which <see cref="NewLineHandling.Entitize"/> never leaves raw in content,
    /// so <see cref="IndentingStream"/> can tell indentation from a line feed in a text node.
    /// </summary>
    private static readonly XmlWriterSettings BodySettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\r",
        NewLineHandling = NewLineHandling.Entitize,
        ConformanceLevel = ConformanceLevel.Fragment,
        CloseOutput = false,
    };

    /// <summary>The Body's children are two levels deep.</summary>
    private static readonly byte[] BodyIndentation = "    "u8.ToArray();

    public static string ContentType(SoapVersion version) =>
        version == SoapVersion.Soap11 ? "text/xml; charset=utf-8" : "application/soap+xml; charset=utf-8";

    /// <summary>
    /// A response: the envelope's constant parts from <see cref="EnvelopeParts"/>, the body through an
    /// <see cref="XmlWriter"/> indented to its depth. Bodies the pre-encoded envelope cannot hold exactly (one that
    /// uses the envelope's namespaces, an empty one) and unusual session values are written whole by an
    /// <see cref="XmlWriter"/> instead, so the bytes are those of <see cref="WriteWhole"/> (for bodies of elements,
    /// attributes and text, which is all the operations write: no raw whitespace, comments or CDATA).
    /// </summary>
    public static ReadOnlyMemory<byte> Write(SoapVersion version, string? sessionValue, Action<XmlWriter> body)
    {
        if (sessionValue is not null && !IsPlain(sessionValue))
        {
            return WriteWhole(version, sessionValue, body);
        }

        var parts = EnvelopeParts.Of(version);
        var buffer = new MemoryStream(1024);
        buffer.Write(parts.Start);
        if (sessionValue is not null)
        {
            buffer.Write(parts.HeaderStart);
            Span<byte> value = stackalloc byte[sessionValue.Length];
            buffer.Write(value[..Encoding.ASCII.GetBytes(sessionValue, value)]);
            buffer.Write(parts.HeaderEnd);
        }

        buffer.Write(parts.BodyStart);
        var bodyStart = (int)buffer.Length;
        if (!BodyWriter.TryWrite(buffer, body))
        {
            buffer.SetLength(bodyStart);
            using var writer = XmlWriter.Create(new IndentingStream(buffer, BodyIndentation), BodySettings);
            body(writer);
        }

        if (!IsExact(buffer.GetBuffer().AsSpan(bodyStart, (int)buffer.Length - bodyStart)))
        {
            return WriteWhole(version, sessionValue, body);
        }

        buffer.Write(parts.End);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>
    /// The body writer of a thread, kept from one response to the next: an <see cref="XmlWriter"/> allocates a 6 KB
    /// buffer and its scope stacks when it is made, several times what it writes for a small answer. A fragment writer
    /// writes one top-level element after another, so each response is one more fragment, flushed to that response's
    /// buffer; <see cref="IndentingStream"/> leaves out the new line the writer puts before every fragment but the
    /// first, so the bytes are a new writer's. A body that leaves an element open (a new writer would close it when
    /// disposed) or throws is not kept: the caller writes it again with a new writer, and the writer is dropped.
    /// </summary>
    private sealed class BodyWriter
    {
        [ThreadStatic]
        private static BodyWriter? idle;

        private readonly IndentingStream stream = new(Stream.Null, BodyIndentation);
        private readonly XmlWriter writer;
        private bool used;

        private BodyWriter() => writer = XmlWriter.Create(stream, BodySettings);

        /// <summary>Writes <paramref name="body"/> into <paramref name="buffer"/>; false when it left elements open.</summary>
        public static bool TryWrite(Stream buffer, Action<XmlWriter> body)
        {
            var current = idle ?? new BodyWriter();
            idle = null; // a body that writes another response on this thread gets a writer of its own
            var complete = false;
            try
            {
                current.stream.Begin(buffer, current.used);
                body(current.writer);
                current.writer.Flush();
                // Back at the top level between fragments (WriteState.Prolog): every element the body opened is closed.
                complete = current.writer.WriteState == WriteState.Prolog;
                return complete;
            }
            finally
            {
                current.stream.Begin(Stream.Null, afterFragment: false);
                if (complete)
                {
                    current.used = true;
                    idle = current;
                }
            }
        }
    }

    /// <summary>Whether a body written on its own reads exactly as it would inside the envelope.</summary>
    private static bool IsExact(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return false;
        }

        foreach (var ns in EnvelopeParts.Namespaces)
        {
            if (body.IndexOf(ns) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Session values that need no escaping: the URL-safe base64 of the tokens this server issues.</summary>
    private static bool IsPlain(string value) =>
        value.Length <= Domain.Access.SessionToken.MaxLength && !value.AsSpan().ContainsAnyExcept(PlainCharacters);

    private static readonly System.Buffers.SearchValues<char> PlainCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>The whole envelope through one <see cref="XmlWriter"/> (faults, and what <see cref="Write"/> passes on).</summary>
    internal static byte[] WriteWhole(SoapVersion version, string? sessionValue, Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream(1024);
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            var (prefix, ns) = Envelope(version);
            writer.WriteStartDocument();
            writer.WriteStartElement(prefix, "Envelope", ns);
            writer.WriteAttributeString("xmlns", "xsi", null, SoapNamespaces.Xsi);
            writer.WriteAttributeString("xmlns", "xsd", null, SoapNamespaces.Xsd);
            writer.WriteAttributeString("xmlns", prefix, null, ns);
            if (sessionValue is not null)
            {
                writer.WriteStartElement(prefix, "Header", ns);
                writer.WriteStartElement("CventSessionHeader", SoapNamespaces.Tns);
                writer.WriteElementString("CventSessionValue", SoapNamespaces.Tns, sessionValue);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteStartElement(prefix, "Body", ns);
            body(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// A fault as the ASMX runtime writes Cvent's <c>SoapException</c>s (<c>Soap11ServerProtocolHelper.WriteFault</c>,
    /// <c>Soap12ServerProtocolHelper.WriteFault</c>), modelled on the one captured from Cvent: the code
    /// <c>q0:CVxxxxx</c> with q0 bound to s1, an UPPER_SNAKE fault string, the endpoint as actor, and the precise reason
    /// in <c>detail/Main-Exception/Exception-Detail</c>. In SOAP 1.2 the runtime's <c>TranslateFaultCode</c> leaves a
    /// code outside the SOAP namespace as it is, so Cvent's code is the top-level <c>Code/Value</c> (no
    /// <c>Sender</c>/<c>Receiver</c>, no <c>Subcode</c>); the actor is written as <c>Node</c>, and the application's
    /// detail node as it is: the same unqualified <c>detail</c> element as in SOAP 1.1.
    /// </summary>
    public static byte[] WriteFault(SoapVersion version, SoapFaultException fault, string actor) =>
        WriteWhole(version, null, writer =>
        {
            var (prefix, ns) = Envelope(version);
            var faultName = string.IsNullOrEmpty(fault.Error.FaultName) ? "INVALID_SOAP_REQUEST" : fault.Error.FaultName;
            writer.WriteStartElement(prefix, "Fault", ns);
            if (version == SoapVersion.Soap11)
            {
                WriteCode(writer, "faultcode", "", fault);
                writer.WriteElementString("faultstring", "", faultName);
                writer.WriteElementString("faultactor", "", actor);
            }
            else
            {
                writer.WriteStartElement(prefix, "Code", ns);
                WriteCode(writer, "Value", ns, fault);
                writer.WriteEndElement();
                writer.WriteStartElement(prefix, "Reason", ns);
                writer.WriteStartElement(prefix, "Text", ns);
                writer.WriteAttributeString("xml", "lang", null, "en");
                writer.WriteString(faultName);
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteElementString(prefix, "Node", ns, actor);
            }

            writer.WriteStartElement("detail", "");
            WriteDetail(writer, fault);
            writer.WriteEndElement();
            writer.WriteEndElement();
        });

    /// <summary>The fault code as a QName whose prefix <c>q0</c> is declared on the element itself, as ASMX writes it.</summary>
    private static void WriteCode(XmlWriter writer, string element, string ns, SoapFaultException fault)
    {
        writer.WriteStartElement(element, ns);
        writer.WriteAttributeString("xmlns", "q0", null, SoapNamespaces.S1);
        writer.WriteString("q0:" + fault.Error.Code);
        writer.WriteEndElement();
    }

    private static void WriteDetail(XmlWriter writer, SoapFaultException fault)
    {
        writer.WriteStartElement("Main-Exception", SoapNamespaces.S1);
        writer.WriteElementString("Exception-Code", SoapNamespaces.S1, fault.Error.Code);
        writer.WriteElementString("Exception-Detail", SoapNamespaces.S1, Printable(fault.Detail));
        writer.WriteEndElement();
    }

    /// <summary>
    /// The detail quotes client input (an XmlException names the bad character, an error names the element), which may
    /// hold characters XML cannot carry, or be huge: replace the former and cut the latter, so the fault is always written.
    /// </summary>
    private static string Printable(string detail)
    {
        const int MaxLength = 2000;
        var text = detail.Length <= MaxLength ? detail : detail[..MaxLength] + "…";
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                safe.Append(text, i++, 2);
            }
            else
            {
                safe.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return safe.ToString();
    }

    /// <summary>
    /// The runtime writes the prefix <c>soap</c> for both versions (<c>SoapServerProtocol.WriteReturns</c>); the
    /// help pages' <c>soap12</c> is sample text only.
    /// </summary>
    private static (string Prefix, string Namespace) Envelope(SoapVersion version) =>
        ("soap", version == SoapVersion.Soap11 ? SoapNamespaces.Soap11 : SoapNamespaces.Soap12);
}
