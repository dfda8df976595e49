using System.Text;
using System.Xml.Linq;

namespace Breakout.TestSupport;

/// <summary>
/// A WSDL reduced to comparable text: each component (message, schema element or type, portType or binding
/// operation) printed with sorted attributes and QName values resolved to <c>{namespace}local</c>, so that two
/// documents compare by structure whatever their prefixes, attribute order or whitespace.
/// </summary>
public sealed class WsdlStructure
{
    public static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    public static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    private static readonly HashSet<string> QNameAttributes = ["type", "ref", "base", "element", "message", "binding"];

    private readonly Dictionary<(string Kind, XName Name), XElement> components = [];
    private readonly List<(string Kind, XName Name)> order = [];

    public WsdlStructure(XDocument document)
    {
        Document = document;
        foreach (var schema in document.Descendants(Xs + "schema"))
        {
            var target = (string)schema.Attribute("targetNamespace")!;
            foreach (var child in schema.Elements())
            {
                if ((string?)child.Attribute("name") is { } name)
                {
                    components[(child.Name.LocalName, XName.Get(name, target))] = child;
                    order.Add((child.Name.LocalName, XName.Get(name, target)));
                }
            }
        }
    }

    public XDocument Document { get; }

    public static WsdlStructure Load(string path) => new(XDocument.Load(path));

    public static WsdlStructure Parse(string text) => new(XDocument.Parse(text));

    public IReadOnlyList<string> PortTypeOperations =>
        [.. Document.Root!.Elements(Wsdl + "portType").Elements(Wsdl + "operation").Select(o => (string)o.Attribute("name")!)];

    /// <summary>Every global element and named type of both schemas, as kind and name, in document order.</summary>
    public IReadOnlyList<(string Kind, XName Name)> SchemaComponents => order;

    public IReadOnlyList<string> Messages =>
        [.. Document.Root!.Elements(Wsdl + "message").Select(m => (string)m.Attribute("name")!)];

    public IReadOnlyList<string> BindingOperations(string binding) =>
        [.. Document.Root!.Elements(Wsdl + "binding").Where(b => (string?)b.Attribute("name") == binding)
            .Elements(Wsdl + "operation").Select(o => (string)o.Attribute("name")!)];

    public XElement? Message(string name) =>
        Document.Root!.Elements(Wsdl + "message").SingleOrDefault(m => (string?)m.Attribute("name") == name);

    public XElement? PortTypeOperation(string operation) =>
        Document.Root!.Elements(Wsdl + "portType").Elements(Wsdl + "operation").SingleOrDefault(o => (string?)o.Attribute("name") == operation);

    public XElement? BindingOperation(string binding, string operation) =>
        Document.Root!.Elements(Wsdl + "binding").Where(b => (string?)b.Attribute("name") == binding)
            .Elements(Wsdl + "operation").SingleOrDefault(o => (string?)o.Attribute("name") == operation);

    public XElement? Component(string kind, XName name) => components.GetValueOrDefault((kind, name));

    /// <summary>The canonical text of an element and its descendants.</summary>
    public static string Canonical(XElement? element)
    {
        if (element is null)
        {
            return "(missing)";
        }

        var text = new StringBuilder();
        Write(text, element, 0);
        return text.ToString();
    }

    private static void Write(StringBuilder text, XElement element, int depth)
    {
        text.Append(' ', depth * 2).Append(element.Name);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal))
        {
            var value = QNameAttributes.Contains(attribute.Name.LocalName) && attribute.Value.Contains(':')
                ? Resolve(element, attribute.Value).ToString()
                : attribute.Value;
            text.Append(' ').Append(attribute.Name).Append("=\"").Append(value).Append('"');
        }

        text.Append('\n');
        foreach (var child in element.Elements().Where(e => e.Name.LocalName != "documentation"))
        {
            Write(text, child, depth + 1);
        }
    }

    private static XName Resolve(XElement scope, string qname)
    {
        var colon = qname.IndexOf(':');
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(qname[..colon])
            ?? throw new InvalidOperationException($"Prefix of '{qname}' is not declared.");
        return ns + qname[(colon + 1)..];
    }
}
