using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>
/// A complex type: a sequence of particles and attributes, optionally extending a base type
/// (<c>complexContent/extension</c>, as every business object extends <c>CvObject</c>).
/// </summary>
public sealed record XsdComplexType(
    XName? Name,
    IReadOnlyList<XsdParticle> Sequence,
    IReadOnlyList<XsdAttribute> Attributes,
    XName? Extends = null,
    bool AnyAttribute = false) : XsdType(Name);
