namespace Breakout.Soap;

/// <summary>The SOAP version of a request, which its response and faults follow.</summary>
public enum SoapVersion
{
    Soap11,
    Soap12,
}
