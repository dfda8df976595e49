namespace Breakout.Soap;

/// <summary>The namespaces of the V200611 contract and of SOAP itself.</summary>
public static class SoapNamespaces
{
    /// <summary>Messages (operation wrappers, <c>CventSessionHeader</c>): the WSDL's <c>tns</c>.</summary>
    public const string Tns = "http://api.cvent.com/2006-11";

    /// <summary>Types (results, <c>CvInvitee</c>, <c>Error</c>): the WSDL's <c>s1</c>.</summary>
    public const string S1 = "http://schemas.cvent.com/api/2006-11";

    public const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    public const string Soap12 = "http://www.w3.org/2003/05/soap-envelope";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The SOAPAction of an operation: <c>http://api.cvent.com/2006-11/&lt;Operation&gt;</c>.</summary>
    public static string ActionOf(string operation) => Tns + "/" + operation;

    /// <summary>Whether <paramref name="action"/> is <see cref="ActionOf"/> <paramref name="operation"/> (ordinal), without building it.</summary>
    public static bool IsActionOf(ReadOnlySpan<char> action, string operation) =>
        action.Length == Tns.Length + 1 + operation.Length && action.StartsWith(Tns, StringComparison.Ordinal) &&
        action[Tns.Length] == '/' && action.EndsWith(operation, StringComparison.Ordinal);
}
