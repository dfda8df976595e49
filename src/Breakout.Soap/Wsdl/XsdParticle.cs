using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// One entry of a sequence: a local element (<see cref="Name"/> and <see cref="Type"/>) or a reference to a global
/// element (<see cref="Ref"/>). <see cref="MaxOccurs"/> of null means <c>unbounded</c>.
/// </summary>
public sealed record XsdParticle(string? Name, XName? Type, XName? Ref, int MinOccurs, int? MaxOccurs, bool Nillable = false)
{
    public static XsdParticle Element(string name, XName type, int minOccurs = 0, int? maxOccurs = 1, bool nillable = false) =>
        new(name, type, null, minOccurs, maxOccurs, nillable);

    public static XsdParticle Reference(XName element, int minOccurs = 0, int? maxOccurs = 1) => new(null, null, element, minOccurs, maxOccurs);
}
