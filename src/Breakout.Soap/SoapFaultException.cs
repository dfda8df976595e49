using Breakout.Domain;

namespace Breakout.Soap;

/// <summary>
/// A whole request failed. Thrown by readers, authentication and operations; turned into a SOAP fault in
/// exactly one place (<see cref="SoapEndpoint"/>). <see cref="Detail"/> says precisely what was wrong.
/// </summary>
public sealed class SoapFaultException(CventError error, string detail, int httpStatus = 500) : Exception(detail)
{
    public CventError Error { get; } = error;

    public string Detail { get; } = detail;

    public int HttpStatus { get; } = httpStatus;

    public static SoapFaultException InvalidRequest(string detail) => new(CventErrors.InvalidSoapRequest, detail);
}
