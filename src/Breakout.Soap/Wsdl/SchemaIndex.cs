using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The global elements and named types of the two V200611 schemas, in declaration order, each name once per kind
/// (an element and a type may share a name, as <c>s1:LoginResult</c> does). A second declaration of a name is an
/// error in the declarations, not something to resolve by order.
/// </summary>
internal sealed class SchemaIndex
{
    private readonly Dictionary<XName, XsdElement> elements = [];
    private readonly Dictionary<XName, XsdType> types = [];
    private readonly List<XsdDeclaration> order = [];

    public SchemaIndex(IEnumerable<XsdDeclaration> declarations)
    {
        foreach (var declaration in declarations)
        {
            var added = declaration switch
            {
                XsdElement element => elements.TryAdd(element.Name, element),
                XsdType { Name: { } name } type => types.TryAdd(name, type),
                _ => throw new ArgumentException("A global type needs a name.", nameof(declarations)),
            };
            if (!added)
            {
                throw new ArgumentException($"{declaration} is declared twice.", nameof(declarations));
            }

            order.Add(declaration);
        }
    }

    /// <summary>Global elements and named types of one target namespace, in declaration order.</summary>
    public IEnumerable<XsdDeclaration> DeclarationsOf(XNamespace ns) =>
        order.Where(d => d switch
        {
            XsdElement e => e.Name.Namespace == ns,
            XsdType t => t.Name!.Namespace == ns,
            _ => false,
        });

    public XsdElement Element(XName name) =>
        elements.TryGetValue(name, out var element) ? element : throw new KeyNotFoundException($"No global element {name}.");

    public XsdType Type(XName name) =>
        types.TryGetValue(name, out var type) ? type : throw new KeyNotFoundException($"No type {name}.");
}
