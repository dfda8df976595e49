using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>An attribute declaration (unqualified, as in every V200611 type), with its schema default if it has one.</summary>
public sealed record XsdAttribute(string Name, XName Type, bool Required = false, string? Default = null);
