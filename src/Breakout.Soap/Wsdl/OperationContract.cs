namespace Breakout.Soap.Wsdl;

/// <summary>
/// The wire contract of one operation as the WSDL declares it: the request and response wrappers (global tns
/// elements of the schema, <see cref="OperationContracts.Schema"/>) and whether it carries <c>CventSessionHeader</c>.
/// </summary>
public sealed record OperationContract(string Name, bool UsesSessionHeader, XsdElement Request, XsdElement Response);
