using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Breakout.Host.TestDouble;

/// <summary>
/// What the journal shows of an envelope: its text with every secret replaced by <c>***</c> (session values in
/// <c>CventSessionValue</c> and Login's <c>CventSessionHeader</c> attribute, passwords), its fault code, its per-item
/// results, and whether a request holds given field values.
/// </summary>
internal static partial class EnvelopeText
{
    public const string Redacted = "***";

    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreWhitespace = true,
        IgnoreComments = true,
    };

    [GeneratedRegex(@"(<(?:[\w.-]+:)?(?:CventSessionValue|Password|NewPassword|OldPassword)\b[^>]*?>)[^<]*", RegexOptions.CultureInvariant)]
    private static partial Regex SecretElement();

    [GeneratedRegex(@"(\b(?:CventSessionHeader|CventSessionValue|Password)\s*=\s*)(""[^""]*""|'[^']*')", RegexOptions.CultureInvariant)]
    private static partial Regex SecretAttribute();

    public static string Redact(ReadOnlyMemory<byte> envelope)
    {
        var text = Encoding.UTF8.GetString(envelope.Span);
        text = SecretElement().Replace(text, m => m.Groups[1].Value.EndsWith("/>", StringComparison.Ordinal) ? m.Value : m.Groups[1].Value + Redacted);
        return SecretAttribute().Replace(text, m => m.Groups[1].Value + m.Groups[2].Value[0] + Redacted + m.Groups[2].Value[0]);
    }

    /// <summary>The Cvent code of a fault response (<c>q0:CV10105</c> → <c>CV10105</c>), or null.</summary>
    public static string? FaultCode(ReadOnlyMemory<byte> response)
    {
        string? code = null;
        Walk(response, (reader, _) =>
        {
            if (code is null && reader.LocalName == "Exception-Code")
            {
                code = reader.ReadElementContentAsString().Trim();
                return true;
            }

            return false;
        });
        return code;
    }

    /// <summary>Every element of the response with a <c>Success</c> attribute: an item's outcome.</summary>
    public static IReadOnlyList<JournalItem> Items(ReadOnlyMemory<byte> response)
    {
        var items = new List<JournalItem>();
        JournalItem? current = null;
        var currentDepth = -1;
        Walk(response, (reader, depth) =>
        {
            if (current is not null && depth <= currentDepth)
            {
                current = null;
            }

            if (reader.GetAttribute("Success") is { } success)
            {
                current = new JournalItem(reader.GetAttribute("Id"), success == "true", []);
                currentDepth = depth;
                items.Add(current);
            }
            else if (current is not null && reader.LocalName == "Error" && reader.GetAttribute("Code") is { } code)
            {
                current.Errors.Add(code);
            }

            return false;
        });
        return items;
    }

    /// <summary>
    /// Whether the request has, for every name, an element or attribute of that local name with that value
    /// (compared ignoring case, as GUIDs are): <c>ProductId</c>, an invitee <c>Id</c>, an <c>AccountNumber</c>.
    /// </summary>
    public static bool HasFields(ReadOnlyMemory<byte> request, IReadOnlyDictionary<string, string> fields)
    {
        if (fields.Count == 0)
        {
            return true;
        }

        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            using var reader = XmlReader.Create(Stream(request), ReaderSettings);
            var open = new Stack<string>();
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                        {
                            Check(reader.LocalName, reader.Value);
                        }

                        reader.MoveToElement();
                        if (!reader.IsEmptyElement)
                        {
                            open.Push(reader.LocalName);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.TryPop(out _);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when open.TryPeek(out var element):
                        Check(element, reader.Value);
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // Not XML: only the fields seen before the error count.
        }

        return found.Count == fields.Count;

        void Check(string name, string value)
        {
            if (fields.TryGetValue(name, out var wanted) && string.Equals(value.Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(name);
            }
        }
    }

    /// <summary>
    /// Calls <paramref name="visit"/> on each element start with its depth; when it returns true it has consumed the
    /// element. A document that is not XML is simply not walked.
    /// </summary>
    private static void Walk(ReadOnlyMemory<byte> xml, Func<XmlReader, int, bool> visit)
    {
        try
        {
            using var reader = XmlReader.Create(Stream(xml), ReaderSettings);
            var read = reader.Read();
            while (read)
            {
                if (reader.NodeType == XmlNodeType.Element && visit(reader, reader.Depth))
                {
                    read = reader.NodeType != XmlNodeType.None && !reader.EOF;
                    continue;
                }

                read = reader.Read();
            }
        }
        catch (XmlException)
        {
            // The journal shows what was sent, well-formed or not; there is simply nothing more to find in it.
        }
    }

    private static MemoryStream Stream(ReadOnlyMemory<byte> xml) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(xml, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(xml.ToArray(), writable: false);
}
