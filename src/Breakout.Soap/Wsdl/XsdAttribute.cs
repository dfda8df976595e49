using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>An attribute declaration (unqualified, as in every V200611 type).</summary>
public sealed record XsdAttribute(string Name, XName Type, bool Required = false);
