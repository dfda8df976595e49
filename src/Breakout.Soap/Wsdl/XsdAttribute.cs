using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>An attribute declaration (unqualified, as in every V200611 type); <see cref="Default"/> is the schema default, if any.</summary>
public sealed record XsdAttribute(string Name, XName Type, bool Required = false, string? Default = null);
