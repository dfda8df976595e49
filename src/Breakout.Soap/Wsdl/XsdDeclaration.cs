namespace Breakout.Soap.Wsdl;

/// <summary>A global schema declaration: an element (<see cref="XsdElement"/>) or a named type (<see cref="XsdType"/>).</summary>
public abstract record XsdDeclaration;
