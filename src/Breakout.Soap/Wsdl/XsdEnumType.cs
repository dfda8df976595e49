using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>A simple type restricting <c>s:string</c> to a list of values.</summary>
public sealed record XsdEnumType(XName Name, IReadOnlyList<string> Values) : XsdType(Name);
