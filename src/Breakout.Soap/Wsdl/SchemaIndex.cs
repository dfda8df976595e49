using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// The global elements and named types of a set of contracts, each once, in first-seen order. Contracts share
/// types (<c>Error</c>, <c>CvObject</c>); the first declaration of a name wins.
/// </summary>
internal sealed class SchemaIndex
{
    private readonly Dictionary<XName, XsdElement> elements = [];
    private readonly Dictionary<XName, XsdType> types = [];
    private readonly List<object> order = [];

    public SchemaIndex(IEnumerable<OperationContract> contracts)
    {
        Add(OperationContracts.SessionHeaderElement);
        Add(OperationContracts.SessionHeaderType);
        foreach (var contract in contracts)
        {
            Add(contract.Request);
            Add(contract.Response);
            foreach (var element in contract.Elements)
            {
                Add(element);
            }

            foreach (var type in contract.Types)
            {
                Add(type);
            }
        }
    }

    /// <summary>Global elements and named types of one target namespace, in declaration order.</summary>
    public IEnumerable<object> DeclarationsOf(XNamespace ns) =>
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

    private void Add(XsdElement element)
    {
        if (elements.TryAdd(element.Name, element))
        {
            order.Add(element);
        }
    }

    private void Add(XsdType type)
    {
        if (types.TryAdd(type.Name!, type))
        {
            order.Add(type);
        }
    }
}
