namespace Breakout.Soap.Wsdl;

/// <summary>
/// The wire contract of one operation as the WSDL declares it: the request and response wrappers (tns), whether it
/// carries <c>CventSessionHeader</c>, and the further global elements and types (tns or s1) its wrappers reach.
/// </summary>
public sealed record OperationContract(
    string Name,
    bool UsesSessionHeader,
    XsdElement Request,
    XsdElement Response,
    IReadOnlyList<XsdElement> Elements,
    IReadOnlyList<XsdType> Types)
{
    /// <summary>Whether the contract is only open content (an operation this server declares but does not implement).</summary>
    public bool IsOpen => Request.Anonymous?.OpenContent == true;
}
