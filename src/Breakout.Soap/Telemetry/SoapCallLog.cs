using Microsoft.Extensions.Logging;

namespace Breakout.Soap.Telemetry;

/// <summary>
/// The per-call log line (<c>Breakout:LogCalls</c>, category <see cref="SoapTelemetry.CallLogCategory"/>): operation,
/// result, fault code, account number, client address, item counts, duration and call ID, each a structured value.
/// Never the password, the session token or the request body.
/// </summary>
internal static partial class SoapCallLog
{
    [LoggerMessage(EventId = 3001, EventName = "SoapCall", Level = LogLevel.Information,
        Message = "SOAP call {Operation} {Result} fault={FaultCode} account={AccountNumber} client={ClientIp} items={ItemCount} errors={ItemErrorCount} duration_ms={DurationMs} call={CallId}")]
    private static partial void Write(
        ILogger logger, string operation, string result, string? faultCode, string? accountNumber, string clientIp, int? itemCount, int itemErrorCount,
        double durationMs, Guid? callId);

    public static void Call(ILogger logger, SoapCall call, string result, string? faultCode, TimeSpan elapsed) =>
        Write(logger, call.Operation, result, faultCode, call.AccountNumber, call.RemoteAddress?.ToString() ?? "an unknown address",
            call.ItemCount, call.ItemErrorCount, Math.Round(elapsed.TotalMilliseconds, 3), call.CallId == Guid.Empty ? null : call.CallId);
}
