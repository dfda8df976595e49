using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>A global element: either typed by name (<see cref="Type"/>) or with an anonymous complex type.</summary>
public sealed record XsdElement(XName Name, XName? Type, XsdComplexType? Anonymous = null) : XsdDeclaration;
