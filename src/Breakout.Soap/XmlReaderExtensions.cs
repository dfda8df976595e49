using System.Xml;

namespace Breakout.Soap;

/// <summary>Namespace-aware, prefix-agnostic reading idioms shared by the envelope and operation readers.</summary>
internal static class XmlReaderExtensions
{
    /// <summary>Whether the reader is on a start element of that name in the contract's namespaces (tns, s1) or none.</summary>
    public static bool IsContractElement(this XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName &&
        reader.NamespaceURI is SoapNamespaces.Tns or SoapNamespaces.S1 or "";

    /// <summary>An unqualified attribute's value, or null when absent.</summary>
    public static string? Attribute(this XmlReader reader, string localName) => reader.GetAttribute(localName, "");

    /// <summary>Whether the element carries <c>xsi:nil="true"</c>.</summary>
    public static bool IsNil(this XmlReader reader) =>
        reader.GetAttribute("nil", SoapNamespaces.Xsi) is "true" or "1";

    /// <summary>
    /// Calls <paramref name="onChild"/> for each child element of the current element, which must consume the child
    /// (read it to its end or <see cref="XmlReader.Skip"/> it); leaves the reader after the element's end. Text between
    /// the children is skipped, as XmlSerializer's <c>UnknownNode</c> skips it: JavaScript clients join arrays with
    /// commas (<c>&lt;Id&gt;A&lt;/Id&gt;,&lt;Id&gt;B&lt;/Id&gt;</c>).
    /// </summary>
    public static void ReadChildren(this XmlReader reader, Action<XmlReader> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.EndElement when reader.Depth == depth:
                    reader.Read();
                    return;
                case XmlNodeType.Element:
                    onChild(reader);
                    break;
                case XmlNodeType.None:
                    throw new XmlException("Unexpected end of document.");
                default:
                    reader.Read();
                    break;
            }
        }
    }

    /// <summary>Reads a simple-content element as text (empty for <c>xsi:nil</c> or an empty element).</summary>
    public static string ReadText(this XmlReader reader)
    {
        if (reader.IsNil())
        {
            reader.Skip();
            return "";
        }

        return reader.ReadElementContentAsString();
    }
}
