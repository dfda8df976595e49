using System.Xml;

namespace Breakout.Soap.Operations;

/// <summary>
/// One implemented operation: reads its request wrapper from the body and produces the response wrapper.
/// Per-item outcomes are data in the response; whole-call failures throw <see cref="SoapFaultException"/>.
/// </summary>
public interface IOperation
{
    string Name { get; }

    /// <summary>Whether the call needs a valid <c>CventSessionHeader</c> (every operation but Login).</summary>
    bool RequiresSession { get; }

    /// <summary>Reads the request wrapper the reader is on, consuming it to its end.</summary>
    object ReadRequest(XmlReader reader);

    /// <summary>Runs the call; the returned action writes the response wrapper element.</summary>
    Task<Action<XmlWriter>> ExecuteAsync(object request, OperationContext context, CancellationToken cancellationToken);
}
