using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>An attribute declaration (unqualified, as in every V200611 type), with its schema default if it has one.</summary>
public sealed record XsdAttribute(string Name, XName Type, bool Required = false, string? Default = null)
{
    private static readonly HashSet<string> BuiltIn = ["string", "boolean", "dateTime", "int", "integer", "long", "decimal", "double"];

    /// <summary>
    /// The attributes of a compact list, in order, separated by spaces: <c>Name</c> (an <c>s:string</c>), <c>Name:type</c>
    /// (a built-in XSD type such as <c>dateTime</c>, or else an s1 enumeration), then optionally <c>=default</c> and a
    /// final <c>!</c> for <c>use="required"</c>. V200611 declares about two thousand attributes; one word each keeps the
    /// declarations readable.
    /// </summary>
    public static IReadOnlyList<XsdAttribute> List(string notation)
    {
        var attributes = new List<XsdAttribute>();
        foreach (var word in notation.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var required = word.EndsWith('!');
            var rest = required ? word[..^1] : word;
            string? schemaDefault = null;
            if (rest.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0)
            {
                schemaDefault = rest[(equals + 1)..];
                rest = rest[..equals];
            }

            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            var (name, type) = colon < 0 ? (rest, "string") : (rest[..colon], rest[(colon + 1)..]);
            var ns = BuiltIn.Contains(type) ? SoapNamespaces.Xsd : SoapNamespaces.S1;
            attributes.Add(new XsdAttribute(name, XName.Get(type, ns), required, schemaDefault));
        }

        return attributes;
    }
}
