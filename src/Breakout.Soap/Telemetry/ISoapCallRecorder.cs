namespace Breakout.Soap.Telemetry;

/// <summary>
/// Learns of every answered SOAP call (the operator console's call statistics). Called on the request's path, so an
/// implementation only queues: no I/O, no waiting.
/// </summary>
public interface ISoapCallRecorder
{
    /// <param name="call">The call, complete.</param>
    /// <param name="result"><c>success</c>, <c>item_errors</c>, <c>refused</c>, <c>fault</c> or <c>cancelled</c>, as the metrics name it.</param>
    /// <param name="faultCode">The fault's code, when it faulted.</param>
    /// <param name="faultMessage">The fault's text, when it faulted.</param>
    /// <param name="at">When it was answered.</param>
    void Answered(SoapCall call, string result, string? faultCode, string? faultMessage, DateTimeOffset at);
}
