using System.Xml.Linq;

namespace Breakout.Soap.Wsdl;

/// <summary>A named (global) or anonymous schema type; <see cref="Name"/> is null for an anonymous one.</summary>
public abstract record XsdType(XName? Name) : XsdDeclaration;
