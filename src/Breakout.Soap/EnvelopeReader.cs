using System.Xml;
using Breakout.Soap.Operations;

namespace Breakout.Soap;

/// <summary>
/// Reads a SOAP 1.1 or 1.2 request in one forward-only pass: no DTDs, no external resources, bounded size.
/// Matches namespaces, never prefixes; accepts the session header in tns or (as seen in the wild) s1.
/// </summary>
internal static class EnvelopeReader
{
    public static XmlReaderSettings Settings(int maxBytes) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        MaxCharactersInDocument = maxBytes,
        MaxCharactersFromEntities = 1024,
        CloseInput = true,
    };

    /// <summary>
    /// Parses the envelope. <paramref name="version"/> is set as soon as it is known (from the content type, then
    /// the envelope), so a fault about a later problem can be written in the client's version.
    /// </summary>
    public static SoapEnvelope Read(ReadOnlyMemory<byte> body, XmlReaderSettings settings, OperationCatalogue catalogue, SoapVersion? contentTypeVersion, ref SoapVersion version)
    {
        RequireAsciiDeclaration(body.Span);
        using var stream = new ReadOnlyMemoryStream(body);
        using var reader = XmlReader.Create(stream, settings, new XmlParserContext(new ContractNameTable(), null, null, XmlSpace.None));
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            throw SoapFaultException.InvalidRequest("The request has no root element.");
        }

        var envelopeVersion = reader.NamespaceURI switch
        {
            SoapNamespaces.Soap11 => SoapVersion.Soap11,
            SoapNamespaces.Soap12 => SoapVersion.Soap12,
            _ => (SoapVersion?)null,
        };
        if (reader.LocalName != "Envelope" || envelopeVersion is null)
        {
            throw SoapFaultException.InvalidRequest(
                $"The root element must be a SOAP 1.1 or 1.2 Envelope; got <{reader.LocalName}> in namespace '{reader.NamespaceURI}'.");
        }

        // As SoapServerProtocol.ReadParameters: the envelope's namespace decides the version, and only SOAP 1.1 is held
        // to its content type ("soap 1.2 allows various xml content types"), so a SOAP 1.2 envelope posted as text/xml
        // is read and answered as SOAP 1.2.
        version = envelopeVersion.Value;
        if (version == SoapVersion.Soap11 && contentTypeVersion == SoapVersion.Soap12)
        {
            throw SoapFaultException.InvalidRequest("Content-Type application/soap+xml is for SOAP 1.2, but the envelope is SOAP 1.1 (use text/xml).");
        }

        var soapNs = reader.NamespaceURI;
        string? sessionValue = null;
        SoapEnvelope? parsed = null;
        var sawHeader = false;
        reader.ReadChildren(child =>
        {
            if (child.LocalName == "Header" && child.NamespaceURI == soapNs && !sawHeader && parsed is null)
            {
                sawHeader = true;
                sessionValue = ReadHeader(child);
            }
            else if (child.LocalName == "Body" && child.NamespaceURI == soapNs && parsed is null)
            {
                parsed = ReadBody(child, catalogue, envelopeVersion.Value);
            }
            else
            {
                throw SoapFaultException.InvalidRequest($"Unexpected <{child.LocalName}> in the Envelope; expected one optional Header, then one Body.");
            }
        });

        // Anything after the envelope makes the document invalid; reading to the end surfaces it.
        while (reader.Read())
        {
        }

        return (parsed ?? throw SoapFaultException.InvalidRequest("The Envelope has no Body.")) with { SessionValue = sessionValue };
    }

    /// <summary>
    /// Refuses an XML declaration with a non-ASCII byte (XML 1.0 section 2.8 allows only ASCII in it). System.Xml
    /// miscounts bytes when such a declaration names an encoding: it re-encodes the characters decoded so far to find
    /// where to resume, invalid bytes became U+FFFD (three bytes each), and XmlTextReaderImpl.SwitchEncoding throws
    /// ArgumentOutOfRangeException instead of XmlException. Found by the AFL++ fuzzer (bench/fuzz/regressions).
    /// </summary>
    private static void RequireAsciiDeclaration(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        // Only "<?xml" followed by white space is the declaration; "<?xml-stylesheet" is a processing instruction.
        if (body.Length < 6 || !body.StartsWith("<?xml"u8) || body[5] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return;
        }

        var end = body.IndexOf("?>"u8);
        var at = (end < 0 ? body : body[..end]).IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        if (at >= 0)
        {
            throw SoapFaultException.InvalidRequest($"The request is not well-formed XML: the XML declaration has a non-ASCII byte at offset {at}.");
        }
    }

    private static string? ReadHeader(XmlReader reader)
    {
        string? value = null;
        reader.ReadChildren(header =>
        {
            if (header.LocalName == "CventSessionHeader" && header.NamespaceURI is SoapNamespaces.Tns or SoapNamespaces.S1 && value is null)
            {
                value = "";
                header.ReadChildren(child =>
                {
                    if (child.IsContractElement("CventSessionValue"))
                    {
                        value = child.ReadText().Trim();
                    }
                    else
                    {
                        child.Skip();
                    }
                });
            }
            else
            {
                header.Skip();
            }
        });
        return value;
    }

    /// <summary>
    /// The Body's one operation element. Text and elements that are not V200611 operations beside it are skipped, as
    /// XmlSerializer's <c>UnknownNode</c> skips them; a Body with no operation, or with two, is refused.
    /// </summary>
    private static SoapEnvelope ReadBody(XmlReader reader, OperationCatalogue catalogue, SoapVersion version)
    {
        SoapEnvelope? envelope = null;
        string? unknown = null;
        reader.ReadChildren(child =>
        {
            if (child.NamespaceURI != SoapNamespaces.Tns || !OperationCatalogue.IsOperation(child.LocalName))
            {
                unknown ??= $"<{child.LocalName}> in namespace '{child.NamespaceURI}'";
                child.Skip();
                return;
            }

            if (envelope is not null)
            {
                throw SoapFaultException.InvalidRequest($"The Body carries more than one operation (<{envelope.OperationName}> and <{child.LocalName}>).");
            }

            var name = child.LocalName;
            var operation = catalogue.Find(name);
            if (operation is null)
            {
                child.Skip();
                envelope = new SoapEnvelope(version, null, null, name, null);
            }
            else
            {
                envelope = new SoapEnvelope(version, null, operation, name, operation.ReadRequest(child));
            }
        });
        return envelope ?? throw SoapFaultException.InvalidRequest(unknown is null
            ? "The Body is empty; it must carry one operation element."
            : $"{unknown} is not an operation of V200611 (operations are in {SoapNamespaces.Tns}).");
    }

    /// <summary>
    /// A read-only stream over memory, so the body is parsed without copying. Seekable, so that <see cref="XmlReader"/>
    /// sizes its byte and character buffers to the body (for a single-invitee call about a quarter of the 4 KB + 8 KB
    /// it allocates for a stream of unknown length).
    /// </summary>
    private sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => memory.Length;

        public override long Position { get => position; set => Seek(value, SeekOrigin.Begin); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, memory.Length - position);
            memory.Span.Slice(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            var target = origin switch
            {
                SeekOrigin.Begin => offset,
                SeekOrigin.Current => position + offset,
                _ => memory.Length + offset,
            };
            ArgumentOutOfRangeException.ThrowIfNegative(target, nameof(offset));
            position = (int)Math.Min(target, memory.Length);
            return position;
        }

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
