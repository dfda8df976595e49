using Breakout.Soap.Operations;

namespace Breakout.Soap;

/// <summary>A parsed request: its version, the session header value (if any) and the operation's request.</summary>
internal sealed record SoapEnvelope(SoapVersion Version, string? SessionValue, IOperation? Operation, string OperationName, object? Request);
